// Entity cards (presslint terms, hovers) and the known mentions a hover is about.
import assert from 'node:assert/strict';
import { findTerms, renderCardText, renderCardMarkdown } from '../../server/src/engine/termbase/query';
import { findKnownMentions } from '../../server/src/engine/termbase/mentions';
import { seedTermBase, corpusBTermBase } from './corpora';

describe('findTerms and cards', () => {
  it('finds a person by surname and renders roles, address forms and sources', () => {
    const [card] = findTerms(seedTermBase(), 'Mikuriya');
    assert.equal(card.kind, 'person');
    const text = renderCardText(card);
    assert.match(text, /\(person\)\n  Secretary General, WCO \(since 2009-01-01\)\n  Former: Deputy Secretary General/);
    assert.match(text, /Former: Deputy Secretary General, WCO \(until 2009-01-01\)/);
    assert.match(text, /Forms of address: Secretary General Mikuriya/);
    assert.match(text, /Seen in 5 releases:\n {4}seeds\/000_/);
  });

  it('finds organizations by acronym and programmes by any accepted form', () => {
    assert.equal(findTerms(seedTermBase(), 'UNODC')[0].title, 'United Nations Office on Drugs and Crime');
    const [p] = findTerms(seedTermBase(), 'Project Global Shield');
    assert.equal(p.title, 'Global Shield Programme');
    assert.ok(p.lines.some((l) => l.includes('Project Global Shield')));
    assert.deepEqual(findTerms(seedTermBase(), 'no such thing'), []);
  });

  it('renders Markdown with links to the corpus file and line', () => {
    const [card] = findTerms(corpusBTermBase(), 'Velloso');
    const md = renderCardMarkdown(card, (s) => `file:///corpus/${s.file}#L${s.line}`);
    assert.match(md, /^\*\*Amaranta Velloso\*\* — person/);
    assert.match(md, /\[2019-03-04-velloso-takes-office\.txt:\d+\]\(file:\/\/\/corpus\/test\/fixtures\/corpus-b\/2019-03-04-velloso-takes-office\.txt#L\d+\)/);
  });
});

describe('findKnownMentions', () => {
  it('finds people, organizations (by name or acronym) and programmes with their spans', () => {
    const text = 'WCO Secretary General Kunio Mikuriya praised the Global Shield Programme and thanked the UNODC.';
    const got = findKnownMentions(text, seedTermBase()).map((m) => `${m.kind}:${text.slice(m.start, m.end)}`);
    assert.deepEqual(got, ['organization:WCO', 'person:Kunio Mikuriya', 'programme:Global Shield Programme', 'organization:UNODC']);
  });

  it('keeps the longest mention when one contains another', () => {
    const text = 'Officials of the United Nations Office on Drugs and Crime met.';
    const got = findKnownMentions(text, seedTermBase()).map((m) => text.slice(m.start, m.end));
    assert.deepEqual(got, ['United Nations Office on Drugs and Crime']);
  });
});
