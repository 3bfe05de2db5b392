// The peers, in process, on the same drafts: cspell (cspell-lib's DocumentValidator, the corpus's
// words as its custom dictionary) and harper.js (its WASM LocalLinter, the corpus's words imported
// into its user dictionary). Setup (dictionaries, WASM compile) is timed apart from linting.
// Both packages are ESM-only; the bench runs as CommonJS under tsx, so they are imported dynamically.
import type { CSpellUserSettings } from 'cspell-lib';

export interface Peer {
  name: string;
  version: string;
  setupMs: number;
  /** Lints one text; resolves when the problems are known. Returns the number of problems. */
  lint(text: string): Promise<number> | number;
}

/**
 * cspell: one prepared DocumentValidator (settings and dictionaries loaded once, as our term base is), given
 * each draft's text and checked, both timed: text in, problems out, as presslint's lintText is timed (it parses
 * the draft too). Checking a text already loaded skips cspell's own preparation of it and would flatter cspell.
 */
export async function makeCspell(words: string[], version: string): Promise<Peer> {
  const t0 = performance.now();
  const { createTextDocument, DocumentValidator, getDefaultSettings, mergeSettings } = await import('cspell-lib');
  const settings = mergeSettings(await getDefaultSettings(), {
    language: 'en',
    words,
    // Check the whole draft: no cap on reported problems.
    maxNumberOfProblems: 1e9,
    maxDuplicateProblems: 1e9,
  } as CSpellUserSettings);
  const doc = createTextDocument({ uri: 'file:///bench/draft.txt', content: 'Warm up.', languageId: 'plaintext' });
  const validator = new DocumentValidator(doc, { noConfigSearch: true, generateSuggestions: false }, settings);
  await validator.prepare();
  if (validator.errors.length) throw new Error(`cspell: ${validator.errors.map((e) => e.message).join('; ')}`);
  const setupMs = performance.now() - t0;
  return {
    name: 'cspell',
    version,
    setupMs,
    async lint(text: string) {
      await validator.updateDocumentText(text);
      return validator.checkDocument(true).length;
    },
  };
}

/** harper.js: the WASM linter in this thread (LocalLinter), American dialect, default rules. */
export async function makeHarper(words: string[], version: string, warmupText: string): Promise<Peer> {
  const t0 = performance.now();
  const { Dialect, LocalLinter } = await import('harper.js');
  const { binaryInlined } = await import('harper.js/binaryInlined');
  const linter = new LocalLinter({ binary: binaryInlined, dialect: Dialect.American });
  await linter.setup();
  await linter.importWords(words);
  // Its first lint of a real text after importing words takes seconds (the next ones milliseconds): part of
  // setting it up, done on a text that is not one of the drafts.
  await linter.lint(warmupText);
  const setupMs = performance.now() - t0;
  return {
    name: 'harper.js',
    version,
    setupMs,
    async lint(text: string) {
      return (await linter.lint(text)).length;
    },
  };
}

/** The corpus's vocabulary: every distinct word (letters, inner apostrophes and hyphens). */
export function corpusWords(texts: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(/\p{L}[\p{L}'’-]*\p{L}|\p{L}/gu)) words.add(m[0]);
  return [...words].sort();
}
