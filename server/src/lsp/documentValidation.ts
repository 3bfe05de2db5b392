// Linting open documents: debounced per document, stale runs dropped by version check, unsaved
// buffers linted as they are. Keeps each document's last findings for code actions and hovers.
import path from 'node:path';
import {
  DiagnosticSeverity,
  MessageType,
  ShowMessageNotification,
  type Connection,
  type Diagnostic,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DEFAULT_MAX_FILE_SIZE,
  lintText,
  type IgnoreMatcher,
  type LintDiagnostic,
  type RuleId,
  type Severity,
  type TermBase,
} from '../engine';
import { toRange, uriToPath } from './positions';
import type { DiagnosticData } from './protocol';
import type { PresslintSettings, RuleSetting, SettingsStore } from './settings';
import type { FolderState, WorkspaceTermBases } from './workspaceTermBases';
import { errorText } from './workspaceTermBases';
import type { IgnoreStore } from './ignoreStore';
import { createSafeIgnoreMatcher } from '../engine/corpus/safeGlob';
import { CONFIG_FILE } from './presslintJson';

const DEBOUNCE_MS = 150;

export interface LintResult {
  uri: string;
  version: number;
  folder: FolderState;
  termBase: TermBase;
  diagnostics: LintDiagnostic[];
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export class DocumentValidator {
  private timers = new Map<string, NodeJS.Timeout>();
  private results = new Map<string, LintResult>();
  /** URIs with diagnostics published, to clear when a document stops being linted. */
  private published = new Set<string>();
  private lastPublished = new Map<string, string>();
  /** Documents the user was told are too large to lint (told once per opening). */
  private toldTooLarge = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly termBases: WorkspaceTermBases,
    private readonly settings: SettingsStore,
    private readonly ignores: IgnoreStore,
  ) {}

  schedule(doc: TextDocument, delay = DEBOUNCE_MS): void {
    const pending = this.timers.get(doc.uri);
    if (pending) clearTimeout(pending);
    this.timers.set(
      doc.uri,
      setTimeout(() => {
        this.timers.delete(doc.uri);
        this.validate(doc.uri).catch((err) =>
          this.connection.console.error(`presslint: linting ${doc.uri} failed: ${errorText(err)}`),
        );
      }, delay),
    );
  }

  /** Revalidate every open document (settings changed) or those of one folder (its term base changed). */
  revalidate(folder?: FolderState): void {
    for (const doc of this.documents.all()) {
      if (!folder || this.termBases.folderFor(doc.uri) === folder) this.schedule(doc, 0);
    }
  }

  closed(uri: string): void {
    this.toldTooLarge.delete(uri);
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
    this.results.delete(uri);
    this.clear(uri);
  }

  /** The last findings for a document, if they are for its current version. */
  current(uri: string): LintResult | undefined {
    const r = this.results.get(uri);
    const doc = this.documents.get(uri);
    return r && doc && r.version === doc.version ? r : undefined;
  }

  /** Lints a document now (for code actions and hovers that need findings for the current text). */
  async lintNow(doc: TextDocument): Promise<LintResult | undefined> {
    const cached = this.current(doc.uri);
    if (cached) return cached;
    const settings = await this.settings.get(doc.uri);
    if (!this.shouldLint(doc, settings)) return undefined;
    const found = await this.termBases.termBaseFor(doc.uri);
    if (!found) return undefined;
    const live = this.documents.get(doc.uri) ?? doc;
    if (excluded(live, found.folder, this.warnOnce)) return undefined;
    const result: LintResult = {
      uri: doc.uri,
      version: live.version,
      folder: found.folder,
      termBase: found.termBase,
      diagnostics: this.lint(live, found.termBase, found.folder, settings),
    };
    this.results.set(doc.uri, result);
    return result;
  }

  /** The term base serving a document, when presslint is on for it. */
  async termBaseFor(doc: TextDocument): Promise<{ folder: FolderState; termBase: TermBase } | undefined> {
    const settings = await this.settings.get(doc.uri);
    if (!this.shouldLint(doc, settings)) return undefined;
    return this.termBases.termBaseFor(doc.uri);
  }

  shouldLint(doc: TextDocument, settings: PresslintSettings): boolean {
    if (!settings.enable) return false;
    if (this.termBases.isConfigDocument(doc.uri) || this.ignores.isIgnoreDocument(doc.uri)) return false;
    return settings.languages.includes(doc.languageId);
  }

  private async validate(uri: string): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const settings = await this.settings.get(uri);
    if (!this.shouldLint(doc, settings)) {
      this.results.delete(uri);
      this.clear(uri);
      return;
    }
    const found = await this.termBases.termBaseFor(uri);
    // Stale: the document changed (a newer run is scheduled) or was closed while we waited.
    const live = this.documents.get(uri);
    if (!live || live.version !== version || !found) return;
    const exclusion = excluded(live, found.folder, this.warnOnce);
    if (exclusion) {
      if (exclusion === 'too-large') this.tellTooLarge(live, found.folder);
      this.results.delete(uri);
      this.clear(uri);
      return;
    }
    const diagnostics = this.lint(live, found.termBase, found.folder, settings);
    this.results.set(uri, { uri, version, folder: found.folder, termBase: found.termBase, diagnostics });
    const lsp = diagnostics.map((d) => toLspDiagnostic(live, d));
    // The same findings for the same text are not published again (a relearn that changed nothing): clients
    // that replace their markers on every publication briefly have none, and a code action asked then finds none.
    const signature = `${version}\u0000${JSON.stringify(lsp)}`;
    if (this.published.has(uri) && this.lastPublished.get(uri) === signature) return;
    this.lastPublished.set(uri, signature);
    this.published.add(uri);
    await this.connection.sendDiagnostics({ uri, version, diagnostics: lsp });
  }

  private warned = new Set<string>();
  /** A warning shown once (e.g. an ignore glob that is left out). */
  private readonly warnOnce = (message: string): void => {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.connection.console.warn(`presslint: ${message}`);
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `presslint: ${message}` }).catch(() => {});
  };

  private tellTooLarge(doc: TextDocument, folder: FolderState): void {
    if (this.toldTooLarge.has(doc.uri)) return;
    this.toldTooLarge.add(doc.uri);
    const limit = folder.config.config?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    const name = path.basename(uriToPath(doc.uri) ?? doc.uri);
    const message = `presslint: ${name} is not linted: ${doc.getText().length} characters, above the limit of ${limit} (maxFileSize in presslint.json)`;
    this.connection.console.warn(message);
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }).catch(() => {});
  }

  private lint(doc: TextDocument, termBase: TermBase, folder: FolderState, settings: PresslintSettings): LintDiagnostic[] {
    const file = uriToPath(doc.uri);
    const markdown = isMarkdown(doc);
    const rules = { ...configRules(folder), ...settings.rules } as Record<RuleId, RuleSetting>;
    return lintText(doc.getText(), termBase, {
      file: file && folder.dir ? path.relative(folder.dir, file) : file ?? doc.uri,
      markdown,
      rules,
      ignoredKeys: this.ignores.keysFor(folder, doc.uri),
    });
  }

  private clear(uri: string): void {
    this.lastPublished.delete(uri);
    if (!this.published.delete(uri)) return;
    void this.connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => {});
  }
}

const matchers = new WeakMap<object, IgnoreMatcher>();

/**
 * Documents presslint.json leaves out, as the CLI does: matched by its `ignore` globs, or larger
 * than its `maxFileSize` (UTF-16 length as a stand-in for bytes).
 */
function excluded(doc: TextDocument, folder: FolderState, warn: (message: string) => void): 'too-large' | 'ignored' | false {
  const config = folder.config.config;
  if (doc.getText().length > (config?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE)) return 'too-large';
  const file = uriToPath(doc.uri);
  if (!config || !file || !folder.dir || !config.ignore?.length) return false;
  let matcher = matchers.get(config);
  // Matched without backtracking regular expressions: a workspace's globs cannot hang the server.
  if (!matcher) matchers.set(config, (matcher = createSafeIgnoreMatcher(config.ignore, folder.dir, (m) => warn(`${CONFIG_FILE}: ${m}`))));
  return matcher(file) ? 'ignored' : false;
}

/** Markdown documents get their markup masked before linting. */
export function isMarkdown(doc: TextDocument): boolean {
  return doc.languageId === 'markdown' || /\.(md|markdown)$/i.test(doc.uri);
}

/** Rule severities from presslint.json (settings override them family by family). */
function configRules(folder: FolderState): Partial<Record<RuleId, RuleSetting>> {
  return folder.config.config?.rules ?? {};
}

export function toLspDiagnostic(doc: TextDocument, d: LintDiagnostic): Diagnostic {
  const data: DiagnosticData = {
    key: d.key,
    ruleId: d.ruleId,
    suggestions: d.suggestions,
    text: doc.getText().slice(d.start, d.end),
  };
  return {
    range: toRange(doc, d.start, d.end),
    severity: SEVERITY[d.severity] ?? DiagnosticSeverity.Warning,
    code: d.ruleId,
    source: 'presslint',
    message: d.message,
    data,
  };
}
