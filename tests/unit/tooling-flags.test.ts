/**
 * The CLIs' flags (web/cli/flags.ts, over node:util's parseArgs): values as typed, and each
 * mistake as one short line that the CLI prints after its name before exiting 2.
 */
import { describe, expect, it } from 'vitest';
import { parseFlags, positiveInteger, UsageError } from '../../web/cli/flags.ts';

const OPTIONS = {
  json: { type: 'boolean' },
  tree: { type: 'string' },
  answer: { type: 'string', multiple: true },
  lang: { type: 'string', default: 'nl' },
} as const;

const mistake = (argv: string[]) => {
  try {
    parseFlags(argv, OPTIONS);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`no mistake found in ${argv.join(' ')}`);
};

describe('parseFlags', () => {
  it('reads booleans, strings, repeated flags, --flag=value and defaults', () => {
    expect(parseFlags(['--tree', 'keelpijn', '--answer', 'a=1', '--answer=b=no', '--json'], OPTIONS)).toEqual({
      tree: 'keelpijn',
      answer: ['a=1', 'b=no'],
      json: true,
      lang: 'nl',
    });
    expect(parseFlags(['--lang', 'en'], OPTIONS)).toEqual({ lang: 'en' });
    expect(parseFlags(['--tree=-x'], OPTIONS)).toEqual({ tree: '-x', lang: 'nl' });
  });

  it('names each mistake in one line', () => {
    expect(mistake(['--trees', 'x'])).toBe('unknown flag "--trees"');
    expect(mistake(['-t'])).toBe('unknown flag "-t"');
    expect(mistake(['--tree'])).toBe('--tree needs a value');
    expect(mistake(['--tree', '--json'])).toBe('--tree needs a value');
    expect(mistake(['--json=yes'])).toBe('--json takes no value');
    expect(mistake(['keelpijn'])).toBe('unexpected argument "keelpijn"');
    expect(mistake(['--', '--json'])).toBe('unexpected argument "--json"');
    expect(mistake(['--constructor'])).toBe('unknown flag "--constructor"');
  });
});

describe('positiveInteger', () => {
  it('takes whole numbers above 0, or the fallback when not given', () => {
    expect(positiveInteger('runs', undefined, 5)).toBe(5);
    expect(positiveInteger('runs', '12', 5)).toBe(12);
    for (const bad of ['0', '-1', '1.5', 'x', '', '1e3'])
      expect(() => positiveInteger('runs', bad, 5), bad).toThrow(new UsageError('--runs takes a whole number above 0'));
  });
});
