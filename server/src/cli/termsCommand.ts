// presslint terms QUERY [--corpus DIR...] [--config FILE]
import { findTerms, renderCardText } from './engine';
import { TERMS_HELP } from './help';
import type { Io } from './io';
import { loadContext } from './loadTermBase';
import { CORPUS_OPTIONS, parseCommandArgs } from './parseCommandArgs';
import { UsageError } from './usageError';

export async function termsCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, CORPUS_OPTIONS);
  if (values.help) {
    io.out(TERMS_HELP);
    return 0;
  }
  const query = positionals.join(' ').trim();
  if (!query) throw new UsageError('terms needs a QUERY, e.g. presslint terms "Secretary General"');
  const ctx = await loadContext({ corpus: values.corpus, config: values.config }, io.notice, io.cwd);
  const cards = findTerms(ctx.termBase, query);
  if (!cards.length) {
    io.notice(`no entries match "${query}"`);
    return 1;
  }
  io.out(cards.map((c) => renderCardText(c).trimEnd()).join('\n\n') + '\n');
  return 0;
}
