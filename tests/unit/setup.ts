/**
 * Set up before every unit test file. A component test waits for what the person would see
 * (`findBy…`, `waitFor`) up to 10 s instead of Testing Library's 1 s: on a busy 2-core machine
 * a page with real trees and texts takes longer to appear, and a wait is not a race.
 */
import { configure } from '@testing-library/preact';

configure({ asyncUtilTimeout: 10_000 });
