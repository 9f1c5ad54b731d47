/**
 * zod/mini says only "Invalid input"; this turns its issues into sentences a content author can
 * act on, each with the JSON path of the field. Every issue is reported, not just the first.
 */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

import type * as z from 'zod/mini';

/** A zod issue, read loosely: each code carries its own details. */
type Issue = z.core.$ZodIssue & Record<string, unknown>;

export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : `${out}.${String(part)}`), '$');
}

function describe(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `required (${String(issue.expected)})` : `must be ${String(issue.expected)}`;
    case 'invalid_value':
      return `must be ${(issue.values as unknown[]).map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'unrecognized_keys':
      return `unknown field${(issue.keys as string[]).length > 1 ? 's' : ''} ${(issue.keys as string[]).map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_format':
      return issue.message && issue.message !== 'Invalid input' ? `must be ${issue.message}` : `has the wrong format`;
    case 'too_small':
      return issue.origin === 'array' ? `needs at least ${String(issue.minimum)} item(s)` : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' ? `takes at most ${String(issue.maximum)} item(s)` : `must be at most ${String(issue.maximum)}`;
    case 'invalid_key':
      return `key "${String(issue.input)}": ${(issue.issues as Issue[]).map(describe).join('; ')}`;
    case 'invalid_union':
      if (issue.discriminator)
        return `unknown ${String(issue.discriminator)}: must be one of ${(issue.options as unknown[]).map(String).join(', ')}`;
      return 'matches none of the allowed forms';
    default:
      return issue.message ?? issue.code;
  }
}

/** A union fails in each branch; the branch that got deepest into the value is the one meant. */
function flatten(issue: Issue, prefix: readonly PropertyKey[]): Issue[] {
  const path = [...prefix, ...issue.path];
  const branches = issue.code === 'invalid_union' ? (issue.errors as Issue[][] | undefined) : undefined;
  if (!branches || branches.length === 0) return [{ ...issue, path }];
  const depth = (branch: Issue[]) => Math.max(...branch.map((i) => i.path.length));
  const best = branches.reduce((a, b) => (depth(b) > depth(a) ? b : a));
  if (depth(best) === 0) return [{ ...issue, path }];
  return best.flatMap((inner) => flatten(inner, path));
}

export type Validated<T> = { ok: true; data: T } | { ok: false; errors: FieldError[] };

/**
 * Parse with a schema and, on failure, describe every problem with its JSON path. Parsing with
 * reportInput lets a wrong type ("must be string") be told apart from a missing field ("required").
 */
export function validate<T>(schema: z.ZodMiniType<T>, data: unknown): Validated<T> {
  const parsed = schema.safeParse(data, { reportInput: true });
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, errors: fieldErrors(parsed.error.issues) };
}

export function fieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return (issues as Issue[])
    .flatMap((issue) => flatten(issue, []))
    .map((issue) => ({ path: jsonPath(issue.path), message: describe(issue) }));
}
