// The clean drafts of every held-out set (written blind, full of look-alikes) lint clean against the corpus they
// were written for, but for the judgement calls each set's README and the closing notes discuss: a floor under
// precision that any rule change must keep.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lintText } from '../../server/src/engine/lint';
import { learnTermBase } from '../../server/src/engine/learn/learnTermBase';
import { readFolder } from './corpora';

const root = path.resolve(__dirname, '..', '..');
const CORPUS: Record<string, string> = {
  'holdout-b': 'test/fixtures/corpus-b',
  'holdout-c': 'test/fixtures/corpus-c',
  'holdout-e': 'test/fixtures/corpus-d',
  'holdout-g': 'test/fixtures/corpus-e',
  'holdout-j': 'test/fixtures/corpus-f',
  'holdout-m': 'test/fixtures/corpus-g',
  'holdout-o': 'test/fixtures/corpus-h',
  'holdout-r': 'test/fixtures/corpus-i',
  'holdout-t': 'test/fixtures/corpus-j',
  'holdout-v': 'test/fixtures/corpus-k',
  'holdout-x': 'test/fixtures/corpus-l',
  'holdout-z': 'test/fixtures/corpus-m',
  'holdout-ab': 'test/fixtures/corpus-n',
  'holdout-ac': 'test/fixtures/corpus-o',
  'holdout-ad': 'test/fixtures/corpus-p',
  'holdout-ae': 'test/fixtures/corpus-q',
  'holdout-af': 'test/fixtures/corpus-r',
  'holdout-ag': 'test/fixtures/corpus-s',
  'holdout-ah': 'test/fixtures/corpus-t',
  'holdout-ai': 'test/fixtures/corpus-u',
  'holdout-aj': 'test/fixtures/corpus-v',
  'holdout-ak': 'test/fixtures/corpus-w',
  'holdout-al': 'test/fixtures/corpus-x',
  'holdout-am': 'test/fixtures/corpus-y',
  'holdout-an': 'test/fixtures/corpus-z',
  'holdout-ao': 'test/fixtures/corpus-aa',
  'holdout-ap': 'test/fixtures/corpus-ab',
  'holdout-aq': 'test/fixtures/corpus-ac',
  'holdout-ar': 'test/fixtures/corpus-ad',
  'holdout-as': 'test/fixtures/corpus-ae',
  'holdout-at': 'test/fixtures/corpus-af',
};
// Known disagreements with a set's author, by file: two accepted names of one programme mixed in one release
// (holdout-d); "WCO" used a sentence before "World Customs Organization (WCO)", and a lower-case "customs" in
// "customs or economic unions" where the release writes "Customs" four times (holdout-k).
// holdout-p (written last, not tuned to): "WCO" used before "World Customs Organization (WCO)" later in two releases,
// as in holdout-k; "U.S. Customs and Border Protection" in a release that writes "US" three times.
// holdout-y: the programme called 'Global Shield Programme' and 'Project Global Shield' in one release, as in
// holdout-d (holdout-b and holdout-c planted the same as an error).
// Open, from the last blind sets (session 10): "Commissioner for Severnvale" (the office with its area after "for")
// called not the Commissioner's title (holdout-ac); the Financial Stability Board, defined in the draft with its
// own acronym, taken for a variant of the bank's Financial Stability Council (holdout-ad).
// The blind sets written in session 11 lint clean since session 12 (holdout-af's Medical Director of the ICB named
// with the board's full name, holdout-ag's title held at the ministry written with it).
// The blind sets written in session 12 lint clean after the fixes to their first misses (holdout-ai's
// "Second-quarter revenue" beside "the second quarter ended June 30" among them).
// Open, from the blind sets written in session 13: "in the first year include" (a noun, then a verb) where the
// corpus writes "first-year" before a noun (holdout-am).
// Open, from the blind sets written in session 14: "the Calder Connects bus network" for the corpus's "Calder Connects
// Bus Network" (holdout-aq's author calls the lower-case head prose; holdout-ad's planted "Kestrel series" as an error).
// Open, from the blind sets written late in session 14 (after their first fixes): "James Kamau was the first County
// Secretary" where the corpus reads his title short ("County Executive Committee"), twice (holdout-ar); a Dutch
// agency's "Director General van Dam" held to the corpus's "Director-General" (holdout-as: its author calls that
// harsh); "The challenge for the jury" beside the programme's short name "the Challenge" (holdout-at).
const ACCEPTED: Record<string, string[]> = {
  'holdout-ac': ['wrong-title'],
  'holdout-ad': ['org-name'],
  'holdout-am': ['case-hyphen'],
  'holdout-aq': ['case-hyphen'],
  'holdout-ar': ['wrong-title', 'wrong-title'],
  'holdout-as': ['case-hyphen'],
  'holdout-at': ['inconsistency'],
  'holdout-d': ['inconsistency'],
  'holdout-y': ['inconsistency'],
  'holdout-k': ['acronym', 'inconsistency'],
  'holdout-p': ['acronym', 'acronym', 'inconsistency'],
};

describe('clean drafts of the blind held-out sets', () => {
  const sets = fs.readdirSync(path.join(root, 'test/fixtures')).filter((d) => /^holdout/.test(d)).sort();
  const termBases = new Map<string, ReturnType<typeof learnTermBase>>();
  const tbFor = (corpus: string) => {
    let tb = termBases.get(corpus);
    if (!tb) termBases.set(corpus, (tb = learnTermBase(readFolder(corpus))));
    return tb;
  };

  for (const set of sets) {
    it(`${set}: no diagnostics on its clean drafts${ACCEPTED[set] ? ` but the known ${ACCEPTED[set].join(' and ')}` : ''}`, () => {
      const tb = tbFor(CORPUS[set] ?? 'seeds');
      const dir = path.join(root, 'test/fixtures', set, 'clean');
      const found: string[] = [];
      for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
        const text = fs.readFileSync(path.join(dir, f), 'utf8');
        for (const d of lintText(text, tb)) found.push(`${d.ruleId} ${f}: ${text.slice(d.start, d.end)}`);
      }
      assert.deepEqual(found.map((x) => x.split(' ')[0]).sort(), [...(ACCEPTED[set] ?? [])].sort(), found.join('\n'));
    });
  }
});
