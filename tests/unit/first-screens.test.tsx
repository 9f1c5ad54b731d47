// @vitest-environment jsdom
/** What the first screens fetch, and when: nothing more than they need, and side by side. */
import { render, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { languages } from '../../web/app/manifest.ts';
import { initTexts } from '../../web/app/texts.ts';
import { App } from '../../web/ui/App.tsx';
import { preloadPage } from '../../web/ui/pages/page-switch.tsx';
import { requested, serveData } from './serve-data.ts';
import { browserNavigation } from '../../web/navigation/browser-navigation.ts';

beforeEach(() => serveData());

describe('the first question comes quickly', () => {
  it('a link straight into a triage fetches its trees and their texts side by side while the app starts', async () => {
    await initTexts(languages, 'nl');
    preloadPage('/triage/keelpijn');
    const fetched = (kind: string, id: string) => requested.some((path) => path.startsWith(`/data/${kind}/${id}.`));
    // The shared ABCDE screen comes from the manifest, so it does not wait for the complaint tree.
    await waitFor(() => {
      for (const id of ['keelpijn', 'abcde']) {
        expect(fetched('decision-trees', id)).toBe(true);
        expect(fetched('i18n/nl/trees', id)).toBe(true);
      }
    });
    expect(requested.filter((path) => path.includes('/keelpijn.'))).toHaveLength(2);
  });

  it('the start screen needs only the common texts, not the outcome and picker texts', async () => {
    window.history.replaceState(null, '', '/?lang=nl');
    await initTexts(languages, 'nl');
    render(<App navigation={browserNavigation(window)} initialLanguage={languages.languages[0]!} languages={languages.languages} />);
    await waitFor(() => expect(document.querySelector('h1')).not.toBeNull());
    expect(requested.filter((path) => path.startsWith('/data/'))).toEqual([
      expect.stringMatching(/^\/data\/i18n\/nl\/common\.[0-9a-f]{16}\.json$/),
    ]);
  });
});
