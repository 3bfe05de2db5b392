// The English word list's lookup: a binary search in each group's sorted text, which must answer exactly as a
// Set of the same words would, for words in the list, near misses, and words of odd characters.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { GroupedWordSet, groupWords, hunspellWordLists, isEnglishWord, isCommonWord, packWordGroups, unpackWordGroups } from '../../server/src/engine/lexicon/englishWords';

const DIC = path.join(__dirname, '..', '..', 'node_modules', 'dictionary-en', 'index.dic');

/** Words a lookup may be asked: each listed word, and near misses around it in sort order. */
function probes(words: string[]): string[] {
  const out = new Set<string>(['', 'a', 'zz', 'é', '\u{1F600}', 'x\ny']);
  for (const w of words) {
    out.add(w);
    out.add(w + 'a');
    out.add(w.slice(0, -1));
    out.add(w + '\uffff');
    out.add(w.slice(0, -1) + String.fromCharCode(w.charCodeAt(w.length - 1) + 1));
  }
  return [...out];
}

describe('English word list lookup', () => {
  it('answers like a Set of the same words, on an invented list with accents, apostrophes, hyphens and digits', () => {
    const words = ['abc', 'abcd', 'ab', "ab's", 'ab-c', 'abé', 'abz', 'b', 'ba', 'bá', '1st', '10th', 'zz', 'zzz', 'éa', 'éb', 'o’neill'];
    const set = new Set(words);
    const grouped = new GroupedWordSet(groupWords(words));
    for (const p of probes(words)) assert.equal(grouped.has(p), set.has(p), JSON.stringify(p));
  });

  it('answers like a Set on the whole Hunspell dictionary (every word and its near misses)', function () {
    if (!fs.existsSync(DIC)) this.skip(); // dictionary-en is a dependency: present after npm ci
    const { words } = hunspellWordLists(fs.readFileSync(DIC, 'utf8'));
    const set = new Set(words);
    const grouped = new GroupedWordSet(groupWords(words));
    let asked = 0;
    for (const p of probes(words)) {
      if (grouped.has(p) !== set.has(p)) assert.fail(`${JSON.stringify(p)}: grouped ${grouped.has(p)}, Set ${set.has(p)}`);
      asked++;
    }
    assert.ok(asked > 200_000, `asked ${asked}`);
  });

  it('answers the same from the packed file the bundle ships (both lists, groups decoded on use)', function () {
    const invented = ['abc', 'abcd', 'ab', "ab's", 'ab-c', 'abé', 'abz', 'b', 'ba', 'bá', '1st', 'éa', 'éb', 'o’neill', 'zz'];
    const lists = fs.existsSync(DIC) ? hunspellWordLists(fs.readFileSync(DIC, 'utf8')) : { words: invented, common: invented };
    for (const [name, words] of [['invented', invented], ['words', lists.words], ['common', lists.common]] as const) {
      const packed = unpackWordGroups(packWordGroups({ words: groupWords(words), common: groupWords(words.slice(0, 5)) }));
      const fromFile = new GroupedWordSet(packed.words);
      const fromGroups = new GroupedWordSet(groupWords(words));
      const set = new Set(words);
      for (const p of probes(name === 'invented' ? words : words.filter((_, i) => i % 7 === 0))) {
        if (fromFile.has(p) !== set.has(p) || fromGroups.has(p) !== set.has(p)) assert.fail(`${name} ${JSON.stringify(p)}: packed ${fromFile.has(p)}, Set ${set.has(p)}`);
      }
      const common = new GroupedWordSet(packed.common);
      for (const w of words.slice(0, 5)) assert.equal(common.has(w), true, w);
    }
  });

  it('knows inflected English words and not invented ones, and the same answer twice (remembered)', () => {
    for (const w of ['customs', 'Programs', 'strengthening', 'organizations', 'announced']) assert.equal(isEnglishWord(w), true, w);
    for (const w of ['Zorblaxian', 'Qwertyuiop']) assert.equal(isEnglishWord(w), false, w);
    assert.equal(isEnglishWord('customs'), true);
    assert.equal(isCommonWord('customs'), true);
  });

  it('knows the forms the dictionary\'s prefix flags make ("source/A..." gives "resource"), as common words too', () => {
    const lists = hunspellWordLists('3\nsource/ADSMG\nplay/AS\nParis/AM\n');
    assert.deepEqual(lists.words.sort(), ['paris', 'play', 'replay', 'resource', 'source']);
    assert.ok(!lists.words.includes('reparis'));
    assert.equal(isEnglishWord('resource'), true);
    assert.equal(isCommonWord('resources'), true);
  });
});
