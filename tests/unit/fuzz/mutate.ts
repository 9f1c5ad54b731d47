/**
 * Break one field of a real content file, and tell whether a validator's error names it.
 *
 * A mutation changes exactly one place (a path) of a JSON document and leaves the original
 * untouched: the objects along the path are copied, everything else is shared.
 */

export type Segment = string | number;
export type Path = readonly Segment[];

export type Mutation =
  | { readonly kind: 'delete'; readonly path: Path }
  | { readonly kind: 'replace'; readonly path: Path; readonly value: unknown }
  | { readonly kind: 'rename'; readonly path: Path; readonly to: string }
  | { readonly kind: 'wrap'; readonly path: Path };

export type MutationKind = Mutation['kind'];
export const MUTATION_KINDS: readonly MutationKind[] = ['delete', 'replace', 'rename', 'wrap'];

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every path in a document, the root ([]) first, parents before children. */
export function pathsOf(doc: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(doc)) doc.forEach((item, i) => paths.push(...pathsOf(item, [...prefix, i])));
  else if (isObject(doc)) for (const [key, value] of Object.entries(doc)) paths.push(...pathsOf(value, [...prefix, key]));
  return paths;
}

/** Every value (leaves and whole subtrees) and every object key of a document. */
export function valuesOf(doc: unknown): unknown[] {
  const values: unknown[] = [doc];
  if (Array.isArray(doc)) for (const item of doc) values.push(...valuesOf(item));
  else if (isObject(doc))
    for (const [key, value] of Object.entries(doc)) {
      values.push(key);
      values.push(...valuesOf(value));
    }
  return values;
}

/** The value at a path, or undefined. */
export function at(doc: unknown, path: Path): unknown {
  let value = doc;
  for (const segment of path) {
    if (typeof segment === 'number' ? !Array.isArray(value) : !isObject(value)) return undefined;
    value = (value as Record<Segment, unknown>)[segment];
  }
  return value;
}

/** Can this kind of mutation be applied here? Delete and rename need a parent; rename an object parent. */
export function applicable(doc: unknown, kind: MutationKind, path: Path): boolean {
  if (kind === 'delete') return path.length > 0;
  if (kind === 'rename') return path.length > 0 && isObject(at(doc, path.slice(0, -1)));
  return true;
}

function change(value: unknown, mutation: Mutation, depth: number): unknown {
  if (depth === mutation.path.length) {
    if (mutation.kind === 'replace') return mutation.value;
    if (mutation.kind === 'wrap') return [value];
    throw new Error(`a ${mutation.kind} needs a parent`);
  }
  const segment = mutation.path[depth]!;
  const last = depth === mutation.path.length - 1;
  if (Array.isArray(value) && typeof segment === 'number') {
    const copy = [...value];
    if (last && mutation.kind === 'delete') copy.splice(segment, 1);
    else if (last && mutation.kind === 'rename') throw new Error('an array item has no key to rename');
    else copy[segment] = change(value[segment], mutation, depth + 1);
    return copy;
  }
  if (isObject(value) && typeof segment === 'string') {
    if (last && mutation.kind === 'delete') {
      const { [segment]: _deleted, ...rest } = value;
      return rest;
    }
    if (last && mutation.kind === 'rename') {
      const { [segment]: moved, ...rest } = value;
      return { ...rest, [mutation.to]: moved };
    }
    return { ...value, [segment]: change(value[segment], mutation, depth + 1) };
  }
  throw new Error(`no ${String(segment)} at depth ${depth}`);
}

/** The document with the mutation applied; the original is not changed. */
export function applyMutation(doc: unknown, mutation: Mutation): unknown {
  return change(doc, mutation, 0);
}

/** The places a mutation broke: its path, and for a rename also the new key. */
export function touched(mutation: Mutation): Path[] {
  return mutation.kind === 'rename' ? [mutation.path, [...mutation.path.slice(0, -1), mutation.to]] : [mutation.path];
}

/** A path as the validators write it: $.nodes.q1.options[0].id */
export function formatPath(path: Path): string {
  return `$${path.map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${segment}`)).join('')}`;
}

/** Is `inner` the field `outer` or a field inside it? */
export function isWithin(inner: string, outer: string): boolean {
  return inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
}

/**
 * Does an error path name the broken field? It must be the field itself or an object that
 * contains it. A replaced or wrapped value brings its own structure, so an error inside the new
 * value names it too (a replaced node that lacks its "text" is reported at ….text).
 */
export function namesMutation(errorPath: string, mutation: Mutation): boolean {
  return touched(mutation).some((path) => {
    const field = formatPath(path);
    if (isWithin(field, errorPath)) return true;
    // A new value (replaced, wrapped, or renamed onto a key) may be wrong deep inside.
    return mutation.kind !== 'delete' && isWithin(errorPath, field);
  });
}

export function describeMutation(mutation: Mutation): string {
  const where = formatPath(mutation.path);
  switch (mutation.kind) {
    case 'delete':
      return `delete ${where}`;
    case 'replace':
      return `replace ${where} by ${safeJson(mutation.value)}`;
    case 'rename':
      return `rename ${where} to ${JSON.stringify(mutation.to)}`;
    case 'wrap':
      return `wrap ${where} in an array`;
  }
}

export function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
