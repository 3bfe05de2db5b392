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

const nearCache = new Map<string, { version: number; termBase: TermBase; start: number; end: number; mentions: Mention[] }>();
const WINDOW = 2000;

/**
 * Known mentions in the paragraph around `offset` (blank-line delimited, at most about WINDOW
 * characters each way, cut at line ends): a hover needs only these, and a long draft's full scan
 * would cost more than a hover may take.
 */
export function mentionsNear(uri: string, version: number, text: string, offset: number, termBase: TermBase, markdown = false): Mention[] {
  const hit = nearCache.get(uri);
  if (hit && hit.version === version && hit.termBase === termBase && offset >= hit.start && offset <= hit.end) return hit.mentions;
  const blankBefore = text.lastIndexOf('\n\n', offset - 1);
  let start = blankBefore < 0 ? 0 : blankBefore + 2;
  if (offset - start > WINDOW) start = text.indexOf('\n', offset - WINDOW) + 1 || offset;
  const blankAfter = text.indexOf('\n\n', offset);
  let end = blankAfter < 0 ? text.length : blankAfter;
  if (end - offset > WINDOW) {
    const nl = text.indexOf('\n', offset + WINDOW);
    end = nl < 0 ? text.length : nl;
  }
  const mentions = findKnownMentions(text.slice(start, end), termBase, { markdown }).map((m) => ({ ...m, start: m.start + start, end: m.end + start }));
  nearCache.set(uri, { version, termBase, start, end, mentions });
  return mentions;
}

export function forgetDocument(uri: string): void {
  nearCache.delete(uri);
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
