/**
 * Writing HTML as strings for the review packs: every text goes through `escapeHtml`, every link
 * through `link`, and every page through `htmlDocument`, whose styles are inline so a pack opens
 * from a USB stick or an e-mail without asking any other origin for anything.
 */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Texts are written with "\n" and "- " list lines; in print they keep their lines. */
export function multiline(text: string): string {
  return escapeHtml(text).replaceAll('\n', '<br>');
}

/** A plain link; only http(s) addresses become links, anything else is shown as text. */
export function link(url: string, text = url): string {
  return /^https?:\/\//.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

/** Urgency colours: dark enough for white text (contrast ≥ 4.5 : 1); the level is always written too. */
export const URGENCY_COLOURS: Readonly<Record<string, string>> = {
  U0: '#7a0000',
  U1: '#b00020',
  U2: '#b34700',
  U3: '#7a5c00',
  U4: '#1d5e8c',
  U5: '#2e6b30',
};
/** A hand-over without urgency (medical triage decides) or the end of a shared screen. */
export const NO_URGENCY_COLOUR = '#555555';

const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111;margin:2rem auto;max-width:72rem;padding:0 1rem}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #111}h3{font-size:1.05rem;margin:1.2rem 0 .3rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #999;padding:.3rem .45rem;text-align:start;vertical-align:top}
th{background:#eee}.en{color:#444;font-style:italic}.muted{color:#555}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
dt{font-weight:600}dd{margin:0}.urgency{display:inline-block;color:#fff;padding:0 .4rem;border-radius:3px;font-weight:600}
.legend span{margin-inline-end:.6rem}.flow{overflow-x:auto;border:1px solid #ccc}.flow svg{display:block;max-width:100%;height:auto}
.notes li{margin-bottom:.3rem}.problem{color:#b00020;font-weight:600}
@media print{body{margin:0;max-width:none;font-size:11pt}a{color:#000}a[href^="http"]::after{content:" (" attr(href) ")";font-size:9pt}
.flow{border:0;overflow:visible}section{break-inside:auto}tr,.outcome{break-inside:avoid}h2{break-after:avoid}
.urgency{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`;

/** A whole printable page in Dutch. `title` is text, `body` is HTML. */
export function htmlDocument(title: string, body: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** An urgency written out and coloured: the colour helps on screen, the text carries it on paper. */
export function urgencyBadge(urgency: string | undefined, label?: string): string {
  const colour = urgency ? (URGENCY_COLOURS[urgency] ?? NO_URGENCY_COLOUR) : NO_URGENCY_COLOUR;
  const text = urgency ? `${urgency}${label ? ` · ${label}` : ''}` : 'geen urgentie (triage beslist)';
  return `<span class="urgency" style="background:${colour}">${escapeHtml(text)}</span>`;
}
