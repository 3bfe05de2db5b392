// Code actions: a quickfix per suggestion (the first preferred), fix-all, and the actions that
// change the workspace's canon (accept a form, always replace a form, turn a family off) or
// dismiss one finding (ignore here).
import path from 'node:path';
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextDocuments,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFixes, type LintDiagnostic } from '../engine';
import type { DocumentValidator } from './documentValidation';
import { toLspDiagnostic } from './documentValidation';
import type { IgnoreStore } from './ignoreStore';
import { rangesTouch, toRange } from './positions';
import { acceptChange, replaceChange, ruleOffChange, alreadyConfigured } from './configChanges';
import { CONFIG_FILE, jsonFileEdit, type EditCapabilities, type JsonChange } from './presslintJson';
import { FIX_ALL_KIND, type DiagnosticData } from './protocol';
import type { FolderState, WorkspaceTermBases } from './workspaceTermBases';

const MAX_ALTERNATIVES = 3;

export interface CodeActionDeps {
  documents: TextDocuments<TextDocument>;
  validator: DocumentValidator;
  termBases: WorkspaceTermBases;
  ignores: IgnoreStore;
  editCapabilities: () => EditCapabilities;
}

/** Whether an action of `kind` is wanted when the client asked `only` (kinds are dot-hierarchies). */
export function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

export class CodeActions {
  constructor(private readonly deps: CodeActionDeps) {}

  async provide(params: CodeActionParams): Promise<CodeAction[]> {
    const doc = this.deps.documents.get(params.textDocument.uri);
    if (!doc) return [];
    const only = params.context.only;
    const actions: CodeAction[] = [];
    if (wants(only, CodeActionKind.QuickFix)) {
      const folder = this.deps.termBases.folderFor(doc.uri);
      const seenFamilies = new Set<string>();
      for (const diagnostic of await this.diagnosticsFor(doc, params)) {
        actions.push(...this.quickFixes(doc, diagnostic, folder, seenFamilies));
      }
    }
    if (wants(only, FIX_ALL_KIND)) {
      const edit = await this.fixAllEdit(doc);
      if (edit) actions.push({ title: 'Fix all presslint problems in this file', kind: FIX_ALL_KIND, edit });
    }
    return actions;
  }

  /** The edit fixing everything fixable in the document, or undefined when there is nothing to fix. */
  async fixAllEdit(doc: TextDocument): Promise<WorkspaceEdit | undefined> {
    const result = await this.deps.validator.lintNow(doc);
    if (!result) return undefined;
    const fixable = result.diagnostics.filter((d) => d.suggestions.length > 0);
    if (!fixable.length) return undefined;
    const text = doc.getText();
    const { text: fixed, applied } = applyFixes(text, fixable);
    if (fixed === text) return undefined;
    return this.textEdit(doc, fixEdits(doc, text, fixed, applied));
  }

  private async diagnosticsFor(doc: TextDocument, params: CodeActionParams): Promise<Diagnostic[]> {
    const ours = params.context.diagnostics.filter((d) => d.source === 'presslint');
    const given = ours.filter((d) => isData(d.data));
    // Only other tools' diagnostics under the cursor: nothing of ours to fix there.
    if (given.length || (params.context.diagnostics.length && !ours.length)) return given;
    // Clients that do not pass the diagnostics under the cursor, or pass ours without the data we published with
    // them (the protocol asks them to keep it): use our own findings.
    const result = await this.deps.validator.lintNow(doc);
    return (result?.diagnostics ?? [])
      .map((d) => toLspDiagnostic(doc, d))
      .filter((d) => rangesTouch(d.range, params.range));
  }

  private quickFixes(doc: TextDocument, diagnostic: Diagnostic, folder: FolderState, seenFamilies: Set<string>): CodeAction[] {
    const data = diagnostic.data as DiagnosticData;
    const text = doc.getText(diagnostic.range);
    // The document changed under a stale diagnostic: its fixes would land on other text.
    if (data.text !== undefined && text !== data.text) return [];
    const actions: CodeAction[] = data.suggestions.slice(0, 1 + MAX_ALTERNATIVES).map((s, i) => ({
      title: s ? `Change to '${s}'` : `Delete '${text}'`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: i === 0,
      edit: this.textEdit(doc, [{ range: diagnostic.range, newText: s }]),
    }));
    const config = folder.config.config;
    const canon = (title: string, change: JsonChange) => {
      if (!folder.dir || alreadyConfigured(config, change)) return;
      const edit = jsonFileEdit(path.join(folder.dir, CONFIG_FILE), change, this.deps.documents, this.deps.editCapabilities());
      if (edit) actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit });
    };
    if (text.trim()) canon(`Accept '${text}' in this workspace`, acceptChange(text));
    if (text.trim() && data.suggestions[0]) {
      canon(`Always replace '${text}' with '${data.suggestions[0]}'`, replaceChange(text, data.suggestions[0]));
    }
    const ignore = this.deps.ignores.ignoreEdit(folder, doc.uri, data.key, this.deps.editCapabilities());
    if (ignore) actions.push({ title: `Ignore '${text}' here`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: ignore });
    if (!seenFamilies.has(data.ruleId)) {
      seenFamilies.add(data.ruleId);
      canon(`Turn off rule family '${data.ruleId}' in this workspace`, ruleOffChange(data.ruleId));
    }
    return actions;
  }

  private textEdit(doc: TextDocument, edits: TextEdit[]): WorkspaceEdit {
    if (this.deps.editCapabilities().documentChanges) {
      return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
    }
    return { changes: { [doc.uri]: edits } };
  }
}

function isData(data: unknown): data is DiagnosticData {
  return !!data && typeof data === 'object' && typeof (data as DiagnosticData).key === 'string';
}

/**
 * One edit per applied fix when applyFixes tells which it applied and they reproduce its text
 * (cursor-friendly); otherwise a single replacement of the whole text.
 */
function fixEdits(doc: TextDocument, text: string, fixed: string, applied: unknown): TextEdit[] {
  if (Array.isArray(applied) && applied.every(isLintDiagnostic)) {
    const sorted = [...applied].sort((a, b) => a.start - b.start);
    let out = '';
    let at = 0;
    let ok = true;
    for (const d of sorted) {
      if (d.start < at) ok = false;
      out += text.slice(at, d.start) + d.suggestions[0];
      at = d.end;
    }
    out += text.slice(at);
    if (ok && out === fixed) {
      return sorted.map((d) => ({ range: toRange(doc, d.start, d.end), newText: d.suggestions[0] }));
    }
  }
  return [{ range: toRange(doc, 0, text.length), newText: fixed }];
}

function isLintDiagnostic(x: unknown): x is LintDiagnostic {
  const d = x as LintDiagnostic;
  return !!d && typeof d.start === 'number' && typeof d.end === 'number' && Array.isArray(d.suggestions) && d.suggestions.length > 0;
}
