// Product and brand names of one word written in camel case ("GridSense", "BlueHarbour"): a company's releases
// name its products this way, and a draft's "GridSence" or "Gridsense" is then a slip. Only words the corpus
// writes alike in two releases or more, that are not already a word of a known multi-word name.
import type { AnalyzedDocument } from './corpusModel';
import { addSourceAt } from './corpusModel';
import type { ProgrammeBuilder } from './programmes';
import { isAcronym } from '../text/chunks';

/** Upper case first, lower case after it, and another capital inside: "GridSense", not "McDonald"-short or "WCO". */
const CAMEL_CASE = /^[A-Z][a-z]{2,}[A-Z][A-Za-z]*[a-z]$/;

export function isCamelCaseName(word: string): boolean {
  return word.length >= 6 && CAMEL_CASE.test(word) && !isAcronym(word);
}

export function learnProductNames(docs: AnalyzedDocument[], wordsOfKnownNames: Set<string>): ProgrammeBuilder[] {
  const byWord = new Map<string, ProgrammeBuilder>();
  for (const doc of docs) {
    for (const s of doc.sentences) {
      for (const t of s.tokens) {
        if (!isCamelCaseName(t.base) || wordsOfKnownNames.has(t.base)) continue;
        let b = byWord.get(t.base);
        if (!b) byWord.set(t.base, (b = { core: t.base, forms: new Map(), formDocs: new Map(), kind: 'product', sources: [], docs: new Set(), count: 0 }));
        b.count++;
        b.docs.add(doc.file);
        b.forms.set(t.base, (b.forms.get(t.base) ?? 0) + 1);
        let fd = b.formDocs.get(t.base);
        if (!fd) b.formDocs.set(t.base, (fd = new Set()));
        fd.add(doc.file);
        addSourceAt(b.sources, doc, s);
      }
    }
  }
  return [...byWord.values()].filter((b) => b.docs.size >= 2);
}
