// The parser's faster character tokenizer must build exactly the tree parse-english builds: the same nodes,
// values and positions, on real releases, the dev set's drafts and random Unicode text.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { ParseEnglish } from 'parse-english';
import { EnglishParser } from '../../server/src/engine/text/englishParser';
import { parseProse } from '../../server/src/engine/text/tokenize';

const root = path.join(__dirname, '..', '..');

function textFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...textFiles(p));
    else if (/\.(txt|md)$/.test(e.name)) out.push(p);
  }
  return out;
}

const original = (text: string) => new ParseEnglish().parse(text);
const ours = (text: string) => new EnglishParser().parse(text);

describe('English parser (parse-english with a faster character tokenizer)', () => {
  it('builds the same tree as parse-english for every seed release and dev-set draft', () => {
    const files = [...textFiles(path.join(root, 'seeds')), ...textFiles(path.join(root, 'test', 'fixtures'))];
    assert.ok(files.length > 50, `only ${files.length} files found`);
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      assert.deepStrictEqual(ours(text), original(text), f);
    }
  });

  it('is the parser the engine tokenizes with', () => {
    const text = 'Mr. Smith visited the U.S. on 3 May.\r\nIt’s “done” — 😀 isn’t it?';
    assert.deepStrictEqual(parseProse(text), original(text));
  });

  it('gives a word and its text their own positions, and shares each boundary\'s point between the nodes it separates', () => {
    const word = (tree: any) => tree.children[0].children[0].children[0];
    // parse-english: the start shared between a word and its text, a separate end for each.
    const theirs = word(original('Customs officers met.'));
    assert.equal(theirs.position.start, theirs.children[0].position.start);
    assert.notEqual(theirs.position.end, theirs.children[0].position.end);
    // Ours: the positions apart (plugins swap a position's points), the points shared: three per word became one.
    const tree: any = ours('Customs officers met.');
    const w = word(tree);
    const space = tree.children[0].children[0].children[1];
    assert.equal(w.type, 'WordNode');
    assert.notEqual(w.position, w.children[0].position);
    assert.equal(w.position.start, w.children[0].position.start);
    assert.equal(w.position.end, w.children[0].position.end);
    assert.equal(w.position.end, space.position.start);
    assert.deepStrictEqual(w.position.end, { line: 1, column: 8, offset: 7 });
  });

  it('builds the same tree on random text of any Unicode characters, line breaks and punctuation runs', () => {
    const piece = fc.oneof(
      fc.constantFrom(' ', '\n', '\r', '\r\n', '\t', '\u00a0', '.', '...', '?!', '"', '“', '”', "'", '’', '-', '—', '/', '&', '(', ')', ',', ';', 'Mr.', 'U.S.', 'e.g.', '😀', '\ud800', '\u0301', '…', '#', '$', '€', '_'),
      fc.string({ minLength: 1, maxLength: 8 }),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('Customs', 'WCO', 'officers', 'Global', 'Shield', '2024', 'don’t', "it's"),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        assert.deepStrictEqual(ours(text), original(text));
      }),
      { numRuns: 3000 },
    );
  });

  // The plugins run only where a quick scan finds work for them (englishParserPlugins.ts): text dense with what
  // each one merges (elisions, "&", "/", final and inner hyphens, initialisms, abbreviations, blank lines).
  it('builds the same tree on text dense with what the sentence and paragraph plugins merge', () => {
    // Cases where an earlier plugin's merge gives a later one its work ("w/-": the slash joins "w", then the
    // hyphen closes "w/"), then random mixes.
    for (const text of ['w/- x', 'rock ’n’ roll.', 'U.S.A. x', 'A.B. and C. d', "o' clock", '&bar', 'x-.', 'w/o', 'and/or', 'Mr. Smith', 'etc. and', 'x\n\ny', 'a. b', "'twas 99's"]) {
      assert.deepStrictEqual(ours(text), original(text), text);
    }
    const piece = fc.constantFrom(
      'o', 'ol', 'w', 'n', 'twas', 'cause', 'em', '99', 'U', 'S', 'a', '1', '2', 'etc', 'al', 'Mr', 'Inc', 'e', 'g', 'Smith',
      '.', '..', "'", '’', '/', '&', '-', '_', ':', '?', '!', '…', '"', '(', ')', ',', ' ', ' ', ' ', '\n', '\n\n', '\r\n\r\n', '\r\r', ' \n \n ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        assert.deepStrictEqual(ours(text), original(text));
      }),
      { numRuns: 5000 },
    );
  });
});
