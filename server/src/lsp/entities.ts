// Known entities in a document (cached per document version and term base) and their cards.
import path from 'node:path';
import {
  findKnownMentions,
  organizationCard,
  personCard,
  programmeCard,
  renderCardMarkdown,
  type EntityCard,
  type KnownMention,
  type Source,
  type TermBase,
} from '../engine';
import { fileLineUri } from './positions';

export type Mention = KnownMention;
export type EntityKind = Mention['kind'];

const cache = new Map<string, { version: number; termBase: TermBase; mentions: Mention[] }>();

/** Known mentions in a document's text, recomputed only when the text or the term base changed. */
export function mentionsOf(uri: string, version: number, text: string, termBase: TermBase, markdown = false): Mention[] {
  const hit = cache.get(uri);
  if (hit && hit.version === version && hit.termBase === termBase) return hit.mentions;
  const mentions = findKnownMentions(text, termBase, { markdown });
  cache.set(uri, { version, termBase, mentions });
  return mentions;
}

export function forgetDocument(uri: string): void {
  cache.delete(uri);
}

/** The card of an entity (what hovers and completion documentation show). */
export function cardFor(termBase: TermBase, kind: EntityKind, id: string): EntityCard | undefined {
  switch (kind) {
    case 'person': {
      const p = termBase.people.find((x) => x.id === id);
      return p && personCard(termBase, p);
    }
    case 'organization': {
      const o = termBase.organizations.find((x) => x.id === id);
      return o && organizationCard(o);
    }
    case 'programme': {
      const p = termBase.programmes.find((x) => x.id === id);
      return p && programmeCard(p);
    }
  }
}

/** Markdown for an entity, with corpus sources linked to their file and line. */
export function cardMarkdown(termBase: TermBase, kind: EntityKind, id: string, base: string | undefined): string | undefined {
  const card = cardFor(termBase, kind, id);
  if (!card) return undefined;
  return renderCardMarkdown(card, (source: Source) => sourceLink(source, base));
}

/** Corpus files are named relative to the server's working directory (readCorpus's displayPath). */
export function sourceLink(source: Source, _base?: string): string {
  return fileLineUri(source.file, source.line);
}

export function sourceLabel(source: Source): string {
  return `${path.basename(source.file)}:${source.line}`;
}
