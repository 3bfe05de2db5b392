// Windowed form matching finds candidate windows through an exact word of a form (grouped by the word next to
// it, see AnchorGroup in termbase/lintIndex.ts). Whatever the shortcut, it must find exactly the windows a
// brute-force scan finds: every form at every position whose verdicts hold and that has at least one exact
// (case-insensitive) word that is not a connector.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parseDraft, type Draft } from '../../server/src/engine/draft/parseDraft';
import { lintIndexOf, type LintIndex } from '../../server/src/engine/termbase/lintIndex';
import { compareWindow, matchForms } from '../../server/src/engine/rules/formMatching';
import { NAME_CONNECTORS } from '../../server/src/engine/lexicon/roleWords';
import { applyOverrides } from '../../server/src/engine/termbase/applyOverrides';
import type { TermBase } from '../../server/src/engine/types';
import { ROOT, SEEDS_DIR, corpusBTermBase, readCorpus, seedTermBase } from './helpers';

const KINDS = ['programme', 'organization', 'person', 'title'] as const;

function bruteForce(draft: Draft, index: LintIndex): string[] {
  const out: string[] = [];
  for (const s of draft.sentences) {
    for (const f of index.forms) {
      for (let start = 0; start + f.lower.length <= s.tokens.length; start++) {
        const exact = f.lower.some((w, k) => !NAME_CONNECTORS.has(w) && s.tokens[start + k].lower === w);
        if (!exact) continue;
        const diffs = compareWindow(s.tokens, start, f);
        if (diffs) out.push(`${f.id}@${s.tokens[start].start}:${diffs.join(',')}`);
      }
    }
  }
  return out.sort();
}

function anchored(draft: Draft, index: LintIndex): string[] {
  return matchForms(draft, index, [...KINDS]).map((m) => `${m.form.id}@${m.tokens[0].start}:${m.diffs.join(',')}`).sort();
}

/** British spellings made American and the other way round, crudely: enough to make the matcher's style cases. */
function otherSpelling(w: string): string {
  const swaps: [RegExp, string][] = [[/tre$/, 'ter'], [/ter$/, 'tre'], [/our$/, 'or'], [/isation/, 'ization'], [/ization/, 'isation'], [/mme$/, 'm'], [/ram$/, 'ramme'], [/ise$/, 'ize']];
  for (const [re, to] of swaps) if (re.test(w)) return w.replace(re, to);
  return w;
}

/** Every .txt under a folder, recursively. */
function textsUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? textsUnder(p) : e.name.endsWith('.txt') ? [fs.readFileSync(p, 'utf8')] : [];
  });
}

describe('form matching', function () {
  this.timeout(60_000);
  const cases: [string, () => TermBase, string[]][] = [
    ['seeds', seedTermBase, [...readCorpus(SEEDS_DIR).map((d) => d.text), ...textsUnder(path.join(ROOT, 'test', 'fixtures', 'devset')), ...textsUnder(path.join(ROOT, 'test', 'fixtures', 'holdout'))]],
    ['corpus-b', corpusBTermBase, textsUnder(path.join(ROOT, 'test', 'fixtures', 'holdout-b'))],
  ];
  for (const [name, termBase, texts] of cases) {
    it(`finds the same windows as a brute-force scan: ${name} term base, ${texts.length} drafts`, () => {
      const index = lintIndexOf(termBase());
      let found = 0;
      for (const text of texts) {
        const draft = parseDraft(text);
        const expected = bruteForce(draft, index);
        assert.deepEqual(anchored(draft, index), expected);
        found += expected.length;
      }
      assert.ok(found > 50, `only ${found} windows: the drafts no longer exercise the matcher`);
    });
  }

  it('finds the same windows as a brute-force scan on drafts made of the term base’s own words, misspelled and recased', () => {
    const index = lintIndexOf(seedTermBase());
    const vocabulary = [...new Set(index.forms.flatMap((f) => f.words))];
    const word = fc.oneof(
      fc.constantFrom(...vocabulary),
      fc.constantFrom(...vocabulary).map((w) => w.toLowerCase()),
      fc.tuple(fc.constantFrom(...vocabulary), fc.nat()).map(([w, k]) => (w.length > 3 ? w.slice(0, k % w.length) + w.slice((k % w.length) + 1) : w)),
      fc.constantFrom('the', 'of', 'and', 'said', 'new', 'Mr', 'Director'),
      // Another of the names' words with the same initial ("Office" for "Organization"): the difference the
      // matcher calls 'other', allowed only inside a long organization name.
      fc.tuple(fc.constantFrom(...vocabulary), fc.nat()).map(([w, k]) => {
        const sameInitial = vocabulary.filter((v) => v[0] === w[0] && v !== w);
        return sameInitial.length ? sameInitial[k % sameInitial.length] : w;
      }),
      // The word in its other spelling ("Center", "Organisation", "Program"): house style inside a programme's name.
      fc.constantFrom(...vocabulary).map(otherSpelling),
    );
    const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((ws) => ws.join(' ') + '.');
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), (sentences) => {
        const draft = parseDraft(sentences.join('\n'));
        assert.deepEqual(anchored(draft, index), bruteForce(draft, index));
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('finds the same windows as a brute-force scan on known names with one word changed', () => {
    // Programmes with words spelled the British way ("Centre", "Theatre", "Programme"): the other spelling is house style.
    const withSpellings = () => applyOverrides(seedTermBase(), { programmes: [{ name: 'Youth Centre Exchange Programme' }, { name: 'Harbour Theatre Outreach Initiative' }] });
    for (const termBase of [seedTermBase, corpusBTermBase, withSpellings]) {
      const index = lintIndexOf(termBase());
      const vocabulary = [...new Set(index.forms.flatMap((f) => f.words))];
      const change: Record<string, (w: string, k: number) => string> = {
        sameInitial: (w, k) => {
          const others = vocabulary.filter((v) => v[0] === w[0] && v !== w);
          return others.length ? others[k % others.length] : w;
        },
        spelling: (w) => otherSpelling(w),
        typo: (w, k) => (w.length > 3 ? w.slice(0, k % w.length) + w.slice((k % w.length) + 1) : w),
        lower: (w) => w.toLowerCase(),
        connector: (w) => (w === 'of' ? 'on' : w === 'on' ? 'of' : w === 'and' ? '&' : w),
      };
      const name = fc.tuple(fc.constantFrom(...index.forms), fc.nat(), fc.nat(), fc.constantFrom(...Object.keys(change))).map(([f, at, k, how]) => {
        const words = [...f.words];
        words[at % words.length] = change[how](words[at % words.length], k);
        return words.join(' ');
      });
      fc.assert(
        fc.property(fc.array(name, { minLength: 1, maxLength: 3 }), fc.constantFrom('The', 'Today the', 'Officials from the'), (names, lead) => {
          const draft = parseDraft(`${lead} ${names.join(' and the ')} met in Brussels.`);
          assert.deepEqual(anchored(draft, index), bruteForce(draft, index));
        }),
        { numRuns: 400, seed: 11 },
      );
    }
  });
});
