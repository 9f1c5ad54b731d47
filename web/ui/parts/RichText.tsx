import { Fragment } from 'preact';
import { parseTextFormat } from '../../i18n/text-format.ts';

/** A text from a translation file, in its format (web/i18n/text-format.ts): paragraphs and bulleted lists. */
export function RichText({ text, id, class: className }: { text: string; id?: string; class?: string }) {
  return (
    <div id={id} class={className}>
      {parseTextFormat(text).map((block, i) =>
        block.kind === 'paragraph' ? (
          <p key={i}>{block.text}</p>
        ) : (
          <Fragment key={i}>
            {block.lead && <p>{block.lead}</p>}
            <ul>
              {block.items.map((item, j) => (
                <li key={j}>{item}</li>
              ))}
            </ul>
          </Fragment>
        ),
      )}
    </div>
  );
}
