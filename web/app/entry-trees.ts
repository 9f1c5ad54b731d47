/** Trees the app's own pages lead to by name, not through the complaint search. */

/** "Staat je klacht er niet bij?": the generic tree with the NTS alarm signals. */
export const NOT_LISTED_TREE = 'overige-klacht';

/** The Helpdesk Digitale Zorg worksheet, linked from the start screen and the requests page. */
export const HELPDESK_TREE = 'helpdesk-digitale-zorg';
