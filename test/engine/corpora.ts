// The corpora the engine tests learn from: the shipped seeds and seven invented ones (corpus-b to -h).
import fs from 'node:fs';
import path from 'node:path';
import type { CorpusDocument, TermBase } from '../../server/src/engine/types';
import { learnTermBase } from '../../server/src/engine/learn/learnTermBase';

const root = path.resolve(__dirname, '..', '..');

export function readFolder(rel: string): CorpusDocument[] {
  const dir = path.join(root, rel);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ file: `${rel}/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

let seeds: TermBase | undefined;
let corpusB: TermBase | undefined;
let corpusC: TermBase | undefined;
let corpusD: TermBase | undefined;
let corpusE: TermBase | undefined;
let corpusF: TermBase | undefined;
let corpusG: TermBase | undefined;
let corpusH: TermBase | undefined;
let corpusI: TermBase | undefined;
export const seedTermBase = () => (seeds ??= learnTermBase(readFolder('seeds')));
export const corpusBTermBase = () => (corpusB ??= learnTermBase(readFolder('test/fixtures/corpus-b')));
export const corpusCTermBase = () => (corpusC ??= learnTermBase(readFolder('test/fixtures/corpus-c')));
export const corpusDTermBase = () => (corpusD ??= learnTermBase(readFolder('test/fixtures/corpus-d')));
export const corpusETermBase = () => (corpusE ??= learnTermBase(readFolder('test/fixtures/corpus-e')));
export const corpusFTermBase = () => (corpusF ??= learnTermBase(readFolder('test/fixtures/corpus-f')));
export const corpusGTermBase = () => (corpusG ??= learnTermBase(readFolder('test/fixtures/corpus-g')));
export const corpusHTermBase = () => (corpusH ??= learnTermBase(readFolder('test/fixtures/corpus-h')));
export const corpusITermBase = () => (corpusI ??= learnTermBase(readFolder('test/fixtures/corpus-i')));

export function person(tb: TermBase, fullName: string) {
  const p = tb.people.find((x) => x.fullName === fullName);
  if (!p) throw new Error(`no person ${fullName}; have ${tb.people.map((x) => x.fullName).join(', ')}`);
  return p;
}

/** Roles as compact strings: "Secretary General @WCO current from 2009-01-01". */
export function roleStrings(tb: TermBase, fullName: string): string[] {
  return person(tb, fullName)
    .roles.map((r) => [r.title, r.organization ? `@${r.organization}` : '', r.status, r.from ? `from ${r.from}` : '', r.until ? `until ${r.until}` : ''].filter(Boolean).join(' '))
    .sort();
}
