/** Trees the app's own pages lead to by name, and where each front-door request leads. */
import { REQUESTS } from '../care/requests.ts';
import { triageEntryPath } from '../navigation/pages.ts';

/** "Staat je klacht er niet bij?": the generic tree with the NTS alarm signals. */
export const NOT_LISTED_TREE = 'overige-klacht';

/** The Helpdesk Digitale Zorg worksheet, linked from the start screen and the requests page. */
export const HELPDESK_TREE = 'helpdesk-digitale-zorg';

/** What the requests page offers: the requests, and trouble with digital care (the helpdesk's own questions). */
export const REQUEST_CHOICES = [...REQUESTS, 'digital-care'] as const;
export type RequestChoice = (typeof REQUEST_CHOICES)[number];

/** The page a request choice opens. */
export const requestPath = (choice: RequestChoice): string =>
  choice === 'digital-care' ? triageEntryPath(HELPDESK_TREE) : `/requests/${choice}`;
