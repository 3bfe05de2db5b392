// Long texts are parsed in blocks cut at line breaks (parse-latin is quadratic on one long flat text): the
// tokens must be exactly those of parsing each release on its own.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { tokenizeSentences, type Sentence } from '../../server/src/engine/text/tokenize';

const seedsDir = path.join(__dirname, '..', '..', 'seeds');
const releases = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(seedsDir, f), 'utf8'));

function shifted(sentences: Sentence[], by: number): Sentence[] {
  return sentences.map((s) => ({
    ...s,
    start: s.start + by,
    end: s.end + by,
    tokens: s.tokens.map((t) => ({ ...t, start: t.start + by, end: t.end + by, baseEnd: t.baseEnd + by })),
  }));
}

describe('tokenizer', () => {
  it('ends a sentence after a number with thousands separators and a full stop ("of 1,200. The guide"), which the parser misses', () => {
    const sentences = tokenizeSentences('It reached 1,340 towns, beyond its target of 1,200. The guide sets out the method. Costs were 1.2 million. Done.');
    assert.deepEqual(sentences.map((s) => s.tokens[0].text), ['It', 'The', 'Costs', 'Done']);
    const first = sentences[0].tokens;
    assert.deepEqual([first[first.length - 1].text, first[first.length - 1].after], ['200', '.']);
    assert.equal(sentences[1].text.startsWith('The guide'), true, JSON.stringify(sentences[1].text));
  });

  it('parses a long text in blocks with the same tokens as each release parsed alone', () => {
    const parts = [...releases, ...releases, ...releases];
    const text = parts.join('\n\n');
    assert.ok(text.length > 40000, `the joined text is long enough to be cut into blocks (${text.length})`);
    const expected: Sentence[] = [];
    let offset = 0;
    for (const p of parts) {
      expected.push(...shifted(tokenizeSentences(p), offset));
      offset += p.length + 2;
    }
    const got = tokenizeSentences(text);
    assert.equal(got.length, expected.length);
    assert.deepEqual(got, expected);
  });

  it('cuts one enormous line after a sentence end and loses no word', () => {
    const sentence = 'The Harbour Authority of Velmora met the Port Council on Tuesday. ';
    const text = sentence.repeat(3000);
    const got = tokenizeSentences(text);
    const words = got.flatMap((s) => s.tokens.map((t) => t.text));
    assert.equal(words.length, 3000 * 11);
    assert.ok(got.every((s) => s.tokens.every((t) => text.slice(t.start, t.end) === t.text)));
    assert.equal(got.length, 3000);
  });
});
