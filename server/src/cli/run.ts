// Dispatch: presslint COMMAND [args]. Returns the exit code; input and usage errors become one
// line on stderr and exit code 2, never a stack trace.
import { version } from '../../../package.json';
import { PresslintInputError } from '../engine/errors';
import { MAIN_HELP } from './help';
import type { Io } from './io';
import { learnCommand } from './learnCommand';
import { lintCommand } from './lintCommand';
import { termsCommand } from './termsCommand';
import { UsageError } from './usageError';

const COMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = {
  lint: lintCommand,
  learn: learnCommand,
  terms: termsCommand,
};

export async function run(argv: string[], io: Io): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      io.err(MAIN_HELP);
      return 2;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      io.out(MAIN_HELP);
      return 0;
    }
    if (first === '--version' || first === '-v') {
      io.out(`${version}\n`);
      return 0;
    }
    if (first.startsWith('-')) throw new UsageError(`unknown option ${first}`);
    const command = COMMANDS[first];
    if (!command) throw new UsageError(`unknown command "${first}"`);
    return await command(rest, io);
  } catch (err) {
    if (err instanceof PresslintInputError) {
      io.err(`presslint: ${oneLine(err.message)}\n`);
      return 2;
    }
    const e = err as Error;
    io.err(`presslint: internal error: ${oneLine(e?.message ?? String(err))}\n`);
    if (process.env.PRESSLINT_DEBUG && e?.stack) io.err(`${e.stack}\n`);
    return 2;
  }
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
