// Completion: after a title ("… Commissioner ") the people who hold it; on a capitalized prefix the
// canonical form of a known person, organization or programme, with its card as documentation.
import {
  CompletionItemKind,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type CompletionParams,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentValidator } from './documentValidation';
import type { Organization } from '../engine';
import { cardMarkdown, type EntityKind } from './entities';
import { mentionsOrganization, prefixMatches, titleHolders, type Candidate } from './completionCandidates';
import { toRange } from './positions';

/** Completion is asked for on a space too, so the holders of a title show right after it. */
export const COMPLETION_TRIGGERS = [' '];
/** At most this many words before the cursor make a prefix ("Blue Ha" → "Blue Harbour …"). */
const MAX_PREFIX_WORDS = 4;

interface ItemData {
  uri: string;
  kind: EntityKind;
  id: string;
}

const ITEM_KIND: Record<EntityKind, CompletionItemKind> = {
  person: CompletionItemKind.Value,
  organization: CompletionItemKind.Module,
  programme: CompletionItemKind.Event,
};

export class Completions {
  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly validator: DocumentValidator,
  ) {}

  async provide(params: CompletionParams): Promise<CompletionList | null> {
    const doc = this.documents.get(params.textDocument.uri);
    if (!doc) return null;
    const ctx = await this.validator.termBaseFor(doc);
    if (!ctx) return null;
    const { termBase } = ctx;
    const offset = doc.offsetAt(params.position);
    const line = doc.getText({ start: { line: params.position.line, character: 0 }, end: params.position });
    const partial = /[\p{L}\p{N}.'’-]*$/u.exec(line)?.[0] ?? '';
    const before = line.slice(0, line.length - partial.length);
    const items: CompletionItem[] = [];
    const add = (c: Candidate, start: number, group: number) =>
      items.push(this.item(doc, c, start, offset, group, items.length));

    // After a title: its holders (the partial word, if any, filters them).
    if (before.endsWith(' ') && before.trim()) {
      for (const c of titleHolders(termBase, before.trimEnd())) add(c, offset - partial.length, 0);
    }

    // A capitalized prefix of one or more words.
    if (partial && /^\p{Lu}/u.test(partial)) {
      const seen = new Set(items.map((i) => (i.data as ItemData).id));
      const text = doc.getText();
      for (const start of prefixStarts(line, line.length - partial.length)) {
        const prefix = line.slice(start);
        const startOffset = offset - (line.length - start);
        const before = text.slice(0, startOffset);
        const mentioned = new Map<string, boolean>();
        const mentionedBefore = (org: Organization) => {
          if (!mentioned.has(org.id)) mentioned.set(org.id, mentionsOrganization(before, org));
          return mentioned.get(org.id)!;
        };
        for (const c of prefixMatches(termBase, prefix, { mentionedBefore })) {
          if (seen.has(c.id)) continue;
          seen.add(c.id);
          add(c, startOffset, 1);
        }
      }
    }
    return { isIncomplete: false, items };
  }

  async resolve(item: CompletionItem): Promise<CompletionItem> {
    const data = item.data as ItemData | undefined;
    const doc = data && this.documents.get(data.uri);
    const ctx = doc && (await this.validator.termBaseFor(doc));
    if (!data || !ctx) return item;
    const markdown = cardMarkdown(ctx.termBase, data.kind, data.id, ctx.folder.dir);
    if (markdown) item.documentation = { kind: MarkupKind.Markdown, value: markdown };
    return item;
  }

  private item(doc: TextDocument, c: Candidate, start: number, end: number, group: number, index: number): CompletionItem {
    const data: ItemData = { uri: doc.uri, kind: c.kind, id: c.id };
    const rank = String(Math.max(0, 99999 - Math.round(c.weight * 100))).padStart(5, '0');
    return {
      label: c.insert,
      kind: ITEM_KIND[c.kind],
      detail: c.detail,
      filterText: c.matched,
      sortText: `${group}${rank}${String(index).padStart(4, '0')}`,
      textEdit: { range: toRange(doc, start, end), newText: c.insert },
      data,
    };
  }
}

/**
 * Start columns of prefixes ending at the cursor, longest first: the partial word alone, and with up
 * to MAX_PREFIX_WORDS-1 capitalized (or short joining) words before it on the same line.
 */
function prefixStarts(line: string, partialStart: number): number[] {
  const starts = [partialStart];
  const words = [...line.slice(0, partialStart).matchAll(/[\p{L}\p{N}.'’&-]+/gu)];
  let expectedEnd = partialStart;
  for (let i = words.length - 1; i >= 0 && starts.length < MAX_PREFIX_WORDS; i--) {
    const w = words[i];
    const end = (w.index ?? 0) + w[0].length;
    if (line.slice(end, expectedEnd) !== ' ') break;
    if (!/^\p{Lu}/u.test(w[0]) && !/^(of|on|for|and|the|de|du|des|la|le)$/.test(w[0])) break;
    starts.push(w.index ?? 0);
    expectedEnd = w.index ?? 0;
  }
  return starts.reverse();
}
