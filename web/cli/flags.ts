/**
 * Command-line flags for the project's CLIs, read with node:util's parseArgs. Mistakes get one
 * short line of our own ("unknown flag "--x"", "--tree needs a value") instead of Node's long
 * messages; the CLI prints it after its own name and exits 2.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** A mistake in the command: the CLI prints "<name>: <message>" and exits 2. */
export class UsageError extends Error {}

/**
 * The values of `options` in `argv` (long flags only; no positional arguments). A string flag
 * takes the next argument, or `--flag=value`; a next argument that starts with "-" is taken for a
 * forgotten value, as in parseArgs' strict mode. Throws a UsageError on any mistake.
 */
export function parseFlags<const T extends Options>(argv: readonly string[], options: T) {
  return parseCommand(argv, options, false).values;
}

/**
 * parseFlags for a command that also takes plain arguments (ids), e.g. `trees:review a b --out x`:
 * the flags' values and the arguments in order.
 */
export function parseCommand<const T extends Options>(argv: readonly string[], options: T, allowPositionals = true) {
  const args = [...argv];
  // First leniently, to name each mistake ourselves; then strictly, which gives precise types.
  const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'positional' && !allowPositionals) throw new UsageError(`unexpected argument "${token.value}"`);
    if (token.kind !== 'option') continue;
    const option = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (!option) throw new UsageError(`unknown flag "${token.rawName}"`);
    if (option.type === 'boolean' && token.value !== undefined) throw new UsageError(`${token.rawName} takes no value`);
    if (option.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))))
      throw new UsageError(`${token.rawName} needs a value`);
  }
  return parseArgs({ args, options, strict: true, allowPositionals });
}

/** The value of `read`; on a UsageError, prints "<command>: <message>" and exits 2. */
export function orUsageExit<R>(command: string, read: () => R): R {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${command}: ${error.message}`);
    process.exit(2);
  }
}

/** parseFlags over this process's arguments, exiting 2 with "<command>: <message>" on a mistake. */
export function readFlags<const T extends Options>(command: string, options: T) {
  return orUsageExit(command, () => parseFlags(process.argv.slice(2), options));
}

/** A whole number of at least 1 from a flag's value, or the fallback when the flag was not given. */
export function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) throw new UsageError(`--${name} takes a whole number above 0`);
  return n;
}
