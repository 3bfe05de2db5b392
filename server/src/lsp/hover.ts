// Hovers: on a diagnostic, what the rule checks and the evidence; on a known person, organization
// or programme, its card (roles, acronym, accepted forms, "Seen in N releases" with source links).
import { MarkupKind, type Hover, type HoverParams, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintDiagnostic } from '../engine';
import { isMarkdown, type DocumentValidator } from './documentValidation';
import { cardMarkdown, mentionsNear, sourceLabel, sourceLink } from './entities';
import { contains, toRange } from './positions';
import { RULE_DOCS } from './ruleDocs';

const MAX_SOURCES = 3;

export class Hovers {
  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly validator: DocumentValidator,
  ) {}

  async provide(params: HoverParams): Promise<Hover | null> {
    const doc = this.documents.get(params.textDocument.uri);
    if (!doc) return null;
    const result = await this.validator.lintNow(doc);
    if (!result) return null;
    const offset = doc.offsetAt(params.position);
    const base = result.folder.dir;
    const parts: string[] = [];
    let start = Infinity;
    let end = -Infinity;

    for (const d of result.diagnostics.filter((x) => contains(x.start, x.end, offset))) {
      parts.push(explainDiagnostic(d, base));
      start = Math.min(start, d.start);
      end = Math.max(end, d.end);
    }

    const mentions = mentionsNear(doc.uri, doc.version, doc.getText(), offset, result.termBase, isMarkdown(doc))
      .filter((m) => contains(m.start, m.end, offset))
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    const mention = mentions[0];
    if (mention) {
      const card = cardMarkdown(result.termBase, mention.kind, mention.id, base);
      if (card) {
        parts.push(card);
        start = Math.min(start, mention.start);
        end = Math.max(end, mention.end);
      }
    }
    if (!parts.length) return null;
    return {
      contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') },
      range: toRange(doc, start, end),
    };
  }
}

export function explainDiagnostic(d: LintDiagnostic, base: string | undefined): string {
  const lines = [`**presslint** \`${d.ruleId}\` (${d.severity}): ${escapeMarkdown(d.message)}`, '', `*${RULE_DOCS[d.ruleId] ?? ''}*`];
  if (d.suggestions.length) {
    lines.push('', `Suggested: ${d.suggestions.slice(0, 4).map((s) => `\`${s}\``).join(', ')}`);
  }
  const sources = d.sources ?? [];
  if (sources.length) {
    lines.push('', `Evidence (${sources.length} ${sources.length === 1 ? 'source' : 'sources'}):`);
    for (const s of sources.slice(0, MAX_SOURCES)) {
      const quote = s.sentence ? ` — “${escapeMarkdown(truncate(s.sentence, 140))}”` : '';
      lines.push(`- [${sourceLabel(s)}](${sourceLink(s, base)})${quote}`);
    }
  }
  return lines.join('\n');
}

function truncate(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_[\]<>|])/g, '\\$1');
}
