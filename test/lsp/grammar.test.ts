// The press-release TextMate grammar, tokenized with the engine VS Code uses (vscode-textmate + oniguruma).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..', '..');
const grammarFile = path.join(root, 'syntaxes', 'press-release.tmLanguage.json');

async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope) =>
      scope === 'text.press-release' ? textmate.parseRawGrammar(fs.readFileSync(grammarFile, 'utf8'), grammarFile) : null,
  });
  const grammar = await registry.loadGrammar('text.press-release');
  assert.ok(grammar);
  return grammar;
}

/** Scopes of each token, per line: [{ text, scopes }]. */
function tokenize(grammar: textmate.IGrammar, text: string) {
  let stack = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

function scopesOf(lines: ReturnType<typeof tokenize>, lineNo: number, text: string): string[] {
  const tok = lines[lineNo].find((t) => t.text.includes(text));
  assert.ok(tok, `no token containing ${JSON.stringify(text)} on line ${lineNo}: ${JSON.stringify(lines[lineNo])}`);
  return tok.scopes;
}

const sample = [
  'Regional Office Opens in Lima', // 0 headline
  '', // 1
  'Press Release', // 2 kind line
  '6 January 2011', // 3 date line
  'Brussels, 6 January 2011 – The Council said today that it “welcomes the plan” in full.', // 4
  'WASHINGTON, D.C. – Officials met "to discuss trade" on Monday.', // 5
  'Release Date: March 3, 2012', // 6
  'About the Council', // 7
  'The Council is an intergovernmental body.', // 8
  '###', // 9
].join('\n');

describe('press-release grammar', () => {
  let grammar: textmate.IGrammar;
  let lines: ReturnType<typeof tokenize>;
  before(async () => {
    grammar = await loadGrammar();
    lines = tokenize(grammar, sample);
  });

  it('scopes the first line as the headline, and only the first line', () => {
    assert.ok(scopesOf(lines, 0, 'Regional Office').includes('markup.heading.headline.press-release'));
    assert.ok(!scopesOf(lines, 8, 'intergovernmental').includes('markup.heading.headline.press-release'));
  });

  it('scopes the kind line and the date line', () => {
    assert.ok(scopesOf(lines, 2, 'Press Release').includes('keyword.other.kind.press-release'));
    assert.ok(scopesOf(lines, 3, '6 January 2011').includes('constant.other.date.press-release'));
    assert.ok(scopesOf(lines, 6, 'Release Date:').includes('keyword.other.kind.press-release'));
    assert.ok(scopesOf(lines, 6, 'March 3, 2012').includes('constant.other.date.press-release'));
  });

  it('scopes datelines with a date and all-caps datelines with a dash', () => {
    assert.ok(scopesOf(lines, 4, 'Brussels').includes('entity.name.location.dateline.press-release'));
    assert.ok(scopesOf(lines, 4, '6 January 2011').includes('constant.other.date.press-release'));
    assert.ok(scopesOf(lines, 5, 'WASHINGTON, D.C.').includes('entity.name.location.dateline.press-release'));
    assert.ok(!scopesOf(lines, 5, 'Officials').includes('meta.dateline.press-release'));
  });

  it('scopes curly and straight quotations', () => {
    assert.ok(scopesOf(lines, 4, 'welcomes the plan').includes('string.quoted.double.press-release'));
    assert.ok(!scopesOf(lines, 4, 'in full').some((s) => s.startsWith('string.')));
    assert.ok(scopesOf(lines, 5, 'to discuss trade').includes('string.quoted.double.straight.press-release'));
  });

  it('scopes the closing boilerplate and the end mark', () => {
    assert.ok(scopesOf(lines, 7, 'About the Council').includes('markup.heading.boilerplate.press-release'));
    assert.ok(scopesOf(lines, 8, 'intergovernmental').includes('meta.boilerplate.press-release'));
    assert.ok(scopesOf(lines, 9, '###').includes('keyword.control.end-mark.press-release'));
    assert.ok(!scopesOf(lines, 9, '###').includes('meta.boilerplate.press-release'));
  });

  it('reads a first line that opens with a dateline as the lede, not a headline', () => {
    const l = tokenize(grammar, 'WASHINGTON, D.C. – The agency hosted a meeting.\nMore.');
    assert.ok(scopesOf(l, 0, 'WASHINGTON').includes('entity.name.location.dateline.press-release'));
    assert.ok(!scopesOf(l, 0, 'The agency').includes('markup.heading.headline.press-release'));
  });

  it('leaves a sentence that merely starts with "About" alone', () => {
    const l = tokenize(grammar, 'Headline\nAbout 40 officers attended the meeting.\nNext line.');
    assert.ok(!scopesOf(l, 1, 'About').includes('meta.boilerplate.press-release'));
    assert.ok(!scopesOf(l, 2, 'Next').includes('meta.boilerplate.press-release'));
  });
});
