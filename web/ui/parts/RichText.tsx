/**
 * Plain text from a translation file, with two conventions translators can use: a blank line or
 * line break starts a new paragraph, and lines starting with "- " form a bulleted list.
 */
export function RichText({ text, id, class: className }: { text: string; id?: string; class?: string }) {
  const blocks: (string | string[])[] = [];
  for (const line of text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    if (line.startsWith('- ')) {
      const last = blocks.at(-1);
      if (Array.isArray(last)) last.push(line.slice(2));
      else blocks.push([line.slice(2)]);
    } else blocks.push(line);
  }
  return (
    <div id={id} class={className}>
      {blocks.map((block, i) =>
        Array.isArray(block) ? (
          <ul key={i}>
            {block.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ul>
        ) : (
          <p key={i}>{block}</p>
        ),
      )}
    </div>
  );
}
