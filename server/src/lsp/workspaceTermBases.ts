// One term base per workspace folder. The corpus of a folder is presslint.json's `corpus`, else the
// `presslint.corpus` setting, else the embedded seeds. Learned term bases are shared by folders with
// the same corpus; each folder applies its own presslint.json on top. Relearning happens off the
// request path: while a folder relearns, its previous term base keeps serving.
import path from 'node:path';
import type { Connection, TextDocuments, WorkspaceFolder } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyOverrides, isGlob, PresslintInputError, type TermBase } from '../engine';
import fs from 'node:fs';
import { isInside, learnOffThread, type LearnResult } from './learner';
import { settleOverrideConflicts } from '../cli/overrideConflicts';
import { tooComplexCorpusGlob } from '../engine/corpus/safeGlob';
import { pathToUri, uriToPath } from './positions';
import { readFolderConfig, configCorpus, CONFIG_FILE, type FolderConfig } from './presslintJson';
import type { SettingsStore } from './settings';
import { ClientWatchers, FsWatchers } from './watchers';
import { STATUS_NOTIFICATION, type StatusParams } from './protocol';

export interface FolderState {
  /** Workspace folder URI; '' for documents outside every folder. */
  uri: string;
  dir?: string;
  name: string;
  config: FolderConfig;
  corpusPaths: string[];
  /** The learned corpus the term base came from (a key of the shared cache). */
  corpusKey?: string;
  termBase?: TermBase;
  state: 'learning' | 'ready' | 'error';
  error?: string;
  /** Bumped at each refresh; a refresh that is no longer the latest drops its result. */
  generation: number;
  firstReady: Promise<void>;
  markReady: () => void;
}

export interface Capabilities {
  watchedFilesDynamic: boolean;
  relativePatterns: boolean;
}

export interface TermBaseHost {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  settings: SettingsStore;
  seedsDir: string;
  serverScript: string;
  capabilities: Capabilities;
  /** A folder's term base (or config) changed: revalidate its documents. */
  onChanged: (folder: FolderState) => void;
  /**
   * False in an untrusted workspace (VS Code's Restricted Mode, told by the client in initializationOptions):
   * no corpus path outside the workspace folder is read, whoever names it (presslint.json or a setting).
   */
  trusted: boolean;
}

const RELEARN_DELAY_MS = 250;

export class WorkspaceTermBases {
  private folders = new Map<string, FolderState>();
  private loose: FolderState;
  private corpora = new Map<string, Promise<LearnResult>>();
  /** Learns in flight (never pruned). */
  private learning = new Set<Promise<LearnResult>>();
  private timers = new Map<FolderState, NodeJS.Timeout>();
  private fsWatchers: FsWatchers;
  private clientWatchers: ClientWatchers | undefined;
  private fsReleases: (() => void)[] = [];
  private shownErrors = new Set<string>();

  constructor(private readonly host: TermBaseHost) {
    this.loose = this.newFolder('', undefined, 'no folder');
    this.fsWatchers = new FsWatchers((file) => this.fileChanged(file), (m) => host.connection.console.warn(m));
    if (host.capabilities.watchedFilesDynamic) {
      this.clientWatchers = new ClientWatchers(host.connection, host.capabilities.relativePatterns);
    }
  }

  private newFolder(uri: string, dir: string | undefined, name: string): FolderState {
    let markReady!: () => void;
    const firstReady = new Promise<void>((resolve) => (markReady = resolve));
    return { uri, dir, name, config: {}, corpusPaths: [], state: 'learning', generation: 0, firstReady, markReady };
  }

  allFolders(): FolderState[] {
    return [...this.folders.values(), this.loose];
  }

  addFolders(folders: WorkspaceFolder[]): void {
    for (const f of folders) {
      if (this.folders.has(f.uri)) continue;
      const state = this.newFolder(f.uri, uriToPath(f.uri), f.name);
      this.folders.set(f.uri, state);
      this.scheduleRefresh(state, 0);
    }
  }

  removeFolders(folders: WorkspaceFolder[]): void {
    for (const f of folders) {
      const state = this.folders.get(f.uri);
      if (!state) continue;
      this.folders.delete(f.uri);
      state.generation++;
      clearTimeout(this.timers.get(state));
      this.timers.delete(state);
    }
    this.updateWatches();
  }

  /** The folder a document belongs to: the innermost workspace folder containing it. */
  folderFor(uri: string): FolderState {
    let best: FolderState | undefined;
    for (const f of this.folders.values()) {
      const prefix = f.uri.endsWith('/') ? f.uri : `${f.uri}/`;
      if ((uri === f.uri || uri.startsWith(prefix)) && (!best || f.uri.length > best.uri.length)) best = f;
    }
    if (best) return best;
    // Unsaved buffers (untitled:) belong to no folder; with a workspace open they use its first folder's canon.
    const first = this.folders.values().next().value;
    if (first && !uri.startsWith('file:')) return first;
    if (this.loose.generation === 0 && !this.timers.has(this.loose)) this.scheduleRefresh(this.loose, 0);
    return this.loose;
  }

  /** The term base for a document, waiting for the first learn of its folder (not for relearns). */
  async termBaseFor(uri: string): Promise<{ folder: FolderState; termBase: TermBase } | undefined> {
    const folder = this.folderFor(uri);
    if (!folder.termBase) await folder.firstReady;
    return folder.termBase ? { folder, termBase: folder.termBase } : undefined;
  }

  /** Relearn every folder's corpus (the Relearn command). */
  async relearnAll(): Promise<void> {
    this.corpora.clear();
    await Promise.all(this.activeFolders().map((f) => this.refresh(f)));
  }

  /** Settings changed: corpus settings may point elsewhere, so refresh (relearning only what changed). */
  settingsChanged(): void {
    for (const f of this.activeFolders()) this.scheduleRefresh(f, 0);
  }

  /** A file changed on disk (client watcher or fs.watch): presslint.json or a corpus file. */
  fileChanged(file: string): void {
    const abs = path.resolve(file);
    for (const folder of this.activeFolders()) {
      if (folder.dir && abs === path.join(folder.dir, CONFIG_FILE)) {
        this.scheduleRefresh(folder);
        continue;
      }
      const roots = folder.corpusPaths.map(watchRoot);
      if (roots.some((p) => abs === p || abs.startsWith(p.endsWith(path.sep) ? p : p + path.sep))) {
        // Forget the learned corpus (an in-flight learn of the old files too); the refresh relearns it.
        for (const k of [...this.corpora.keys()]) if (k.startsWith(corpusKey(folder.corpusPaths) + '\n')) this.corpora.delete(k);
        this.scheduleRefresh(folder);
      }
    }
  }

  /** presslint.json open in the editor changed (its buffer wins over the file on disk). */
  configDocumentChanged(uri: string): void {
    const file = uriToPath(uri);
    if (file) this.fileChanged(file);
  }

  isConfigDocument(uri: string): boolean {
    return path.basename(uriToPath(uri) ?? uri) === CONFIG_FILE;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.fsWatchers.dispose();
  }

  private activeFolders(): FolderState[] {
    const list = [...this.folders.values()];
    if (this.loose.generation > 0) list.push(this.loose);
    return list;
  }

  /** Refresh a folder soon (events come in bursts: one refresh for a burst). */
  private scheduleRefresh(folder: FolderState, delay = RELEARN_DELAY_MS): void {
    clearTimeout(this.timers.get(folder));
    this.timers.set(
      folder,
      setTimeout(() => {
        this.timers.delete(folder);
        this.refresh(folder).catch((err) => this.host.connection.console.error(`presslint: refresh failed: ${errorText(err)}`));
      }, delay),
    );
  }

  /**
   * Re-reads presslint.json and the settings, learns the corpus unless a learned one is cached (the
   * callers drop cache entries that changed), applies the overrides.
   */
  private async refresh(folder: FolderState): Promise<void> {
    const gen = ++folder.generation;
    const settings = await this.host.settings.get(folder.uri);
    const config = readFolderConfig(folder.dir, this.host.documents);
    if (config.error) this.showOnce('warning', config.error);
    const fromConfig = configCorpus(config.config);
    const base = folder.dir ?? process.cwd();
    const configured = (fromConfig.length ? fromConfig : settings.corpus).filter((p) => {
      // A workspace's globs are matched by the file walker's backtracking regular expressions: only simple ones.
      const why = isGlob(p) ? tooComplexCorpusGlob(p) : undefined;
      if (why) this.showOnce('warning', `the corpus glob "${p}" is left out: it is too complex to match safely (${why})`);
      return !why;
    });
    let corpusPaths = configured.map((p) => path.resolve(base, p));
    let confineTo: string | undefined;
    if (!this.host.trusted && configured.length) {
      // Restricted Mode: only what resolves inside the folder (`..`, absolute paths and symlinks included);
      // the learner checks each file's real path again.
      confineTo = folder.dir ? realpathOr(folder.dir) : undefined;
      const kept = confineTo ? corpusPaths.filter((p) => insideFolder(p, confineTo!, path.resolve(folder.dir!))) : [];
      configured.forEach((p, i) => {
        if (!kept.includes(corpusPaths[i])) {
          this.showOnce(
            'warning',
            `Restricted Mode: the corpus path "${p}" is outside the workspace folder and is not read${kept.length ? '' : '; using the bundled corpus'} (trust the workspace to use it)`,
          );
        }
      });
      corpusPaths = kept;
    }
    if (!corpusPaths.length) {
      corpusPaths = [this.host.seedsDir];
      confineTo = undefined; // the bundled corpus ships with presslint
    }
    const key = corpusKey(corpusPaths) + `\n${config.config?.maxFileSize ?? ''}\n${confineTo ?? ''}`;
    if (gen !== folder.generation) return;
    folder.config = config;
    folder.corpusPaths = corpusPaths;
    this.updateWatches();

    let learned: LearnResult;
    try {
      if (!this.corpora.has(key)) {
        folder.state = 'learning';
        this.sendStatus(folder);
      }
      learned = await this.learn(key, corpusPaths, config.config?.maxFileSize, confineTo);
    } catch (err) {
      if (gen !== folder.generation) return;
      folder.state = 'error';
      folder.error = `Cannot learn the corpus: ${errorText(err)}`;
      this.showOnce('error', folder.error);
      this.sendStatus(folder);
      folder.markReady();
      return;
    }
    if (gen !== folder.generation) return;
    let termBase = learned.termBase;
    if (config.config) {
      try {
        const settled = settleOverrideConflicts(config.config, config.text, config.file ?? CONFIG_FILE);
        for (const w of settled.warnings) this.showOnce('warning', w);
        termBase = applyOverrides(termBase, settled.config);
      } catch (err) {
        this.showOnce('warning', `${CONFIG_FILE}: ${errorText(err)}`);
      }
    }
    folder.termBase = termBase;
    folder.corpusKey = key;
    this.pruneCorpora();
    folder.state = 'ready';
    folder.error = undefined;
    this.sendStatus(folder);
    folder.markReady();
    this.host.onChanged(folder);
  }

  private learn(key: string, paths: string[], maxFileSize: number | undefined, confineTo: string | undefined): Promise<LearnResult> {
    let p = this.corpora.get(key);
    if (p) return p;
    p = this.learnWithProgress(paths, maxFileSize, confineTo);
    this.corpora.set(key, p);
    const inFlight = p;
    this.learning.add(inFlight);
    const done = () => this.learning.delete(inFlight);
    p.then(done, done);
    p.then(
      (r) => r.notices.forEach((n) => this.host.connection.console.info(`presslint: ${n}`)),
      () => this.corpora.get(key) === inFlight && this.corpora.delete(key),
    );
    return p;
  }

  private async learnWithProgress(paths: string[], maxFileSize: number | undefined, confineTo: string | undefined): Promise<LearnResult> {
    const { connection } = this.host;
    const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
    progress?.begin('presslint', undefined, `Learning the corpus (${paths.map((p) => path.basename(p)).join(', ')})`);
    try {
      return await learnOffThread(paths, { maxFileSize, ...(confineTo ? { confineTo } : {}) }, this.host.serverScript);
    } finally {
      progress?.done();
    }
  }

  /** Forget learned corpora no folder uses any more (the settings or presslint.json moved away). */
  private pruneCorpora(): void {
    const used = new Set(this.activeFolders().map((f) => f.corpusKey));
    for (const key of [...this.corpora.keys()]) if (!used.has(key) && !this.learning.has(this.corpora.get(key)!)) this.corpora.delete(key);
  }

  private updateWatches(): void {
    const folders = this.activeFolders();
    const corpus = [...new Set(folders.flatMap((f) => f.corpusPaths.map(watchRoot)))].filter((p) => p !== this.host.seedsDir);
    this.clientWatchers?.update(corpus).catch((err) =>
      this.host.connection.console.warn(`presslint: cannot register file watchers: ${errorText(err)}`),
    );
    // fs.watch covers what the client does not: everything without client watchers, and a corpus
    // outside every workspace folder.
    const inside = (p: string) => folders.some((f) => f.dir && (p === f.dir || p.startsWith(f.dir + path.sep)));
    const targets = this.clientWatchers
      ? corpus.filter((p) => !inside(p))
      : [...corpus, ...folders.flatMap((f) => (f.dir ? [path.join(f.dir, CONFIG_FILE)] : []))];
    for (const release of this.fsReleases) release();
    this.fsReleases = [...new Set(targets)].map((t) => this.fsWatchers.watch(t));
  }

  sendStatus(folder: FolderState): void {
    const tb = folder.termBase;
    const params: StatusParams = {
      folder: folder.uri,
      state: folder.state,
      people: tb?.people.length ?? 0,
      organizations: tb?.organizations.length ?? 0,
      programmes: tb?.programmes.length ?? 0,
      documents: tb?.documents.length ?? 0,
      corpus: folder.corpusPaths.map(pathToUri),
      message: folder.error,
    };
    void this.host.connection.sendNotification(STATUS_NOTIFICATION, params).catch(() => {});
  }

  private showOnce(kind: 'error' | 'warning', message: string): void {
    const { connection } = this.host;
    connection.console[kind === 'error' ? 'error' : 'warn'](`presslint: ${message}`);
    if (this.shownErrors.has(message)) return;
    this.shownErrors.add(message);
    const show = kind === 'error' ? connection.window.showErrorMessage : connection.window.showWarningMessage;
    void show.call(connection.window, `presslint: ${message}`).then(undefined, () => {});
  }
}

/** The folder to watch for a corpus path: the path itself, or the part of a glob before its first pattern. */
export function watchRoot(p: string): string {
  if (!isGlob(p)) return p;
  const parts = p.split(/[\\/]/);
  const i = parts.findIndex((seg) => isGlob(seg));
  return parts.slice(0, i).join(path.sep) || path.sep;
}

function realpathOr(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/**
 * A corpus path (a glob: its folder before the first pattern) inside `dir` once symlinks are resolved. A path
 * that does not exist yet is judged as written; the learner checks every file's real path again.
 */
function insideFolder(p: string, dir: string, lexicalDir: string): boolean {
  const root = path.resolve(watchRoot(p));
  // Lexically outside: refused without touching it. Inside: its real path must stay inside too.
  if (!isInside(root, lexicalDir) && !isInside(root, dir)) return false;
  return isInside(realpathOr(root), dir);
}

function corpusKey(paths: string[]): string {
  return [...paths].sort().join('\n');
}

export function errorText(err: unknown): string {
  if (err instanceof PresslintInputError) return err.message;
  if (err instanceof Error) return err.message;
  return String(err);
}
