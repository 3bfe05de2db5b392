// presslint learn [--corpus DIR...] [--config FILE] [--out termbase.json]
import fs from 'node:fs';
import path from 'node:path';
import { PresslintInputError } from '../engine/errors';
import { LEARN_HELP } from './help';
import type { Io } from './io';
import { renderLearnSummary } from './learnSummary';
import { loadContext } from './loadTermBase';
import { CORPUS_OPTIONS, parseCommandArgs } from './parseCommandArgs';

export async function learnCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs(args, { ...CORPUS_OPTIONS, out: { type: 'string' } }, false);
  if (values.help) {
    io.out(LEARN_HELP);
    return 0;
  }
  const ctx = await loadContext({ corpus: values.corpus, config: values.config }, io.notice, io.cwd);
  io.out(renderLearnSummary(ctx.termBase));
  if (values.out) {
    const out = path.resolve(io.cwd, values.out);
    try {
      fs.writeFileSync(out, JSON.stringify(ctx.termBase, null, 2) + '\n');
    } catch (err) {
      throw new PresslintInputError(`cannot write ${values.out}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    io.notice(`wrote the term base to ${values.out}`);
  }
  return 0;
}
