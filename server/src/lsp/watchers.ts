// Watching corpus files and presslint.json: through the client (`workspace/didChangeWatchedFiles`,
// registered dynamically) when it can, and with fs.watch for what the client cannot watch for us
// (a client without dynamic registration, or a corpus outside every workspace folder).
import fs from 'node:fs';
import path from 'node:path';
import {
  DidChangeWatchedFilesNotification,
  type Connection,
  type Disposable,
  type FileSystemWatcher,
} from 'vscode-languageserver/node';
import { pathToUri } from './positions';
import { DirectoryTreeWatcher } from './directoryTreeWatcher';

export type ChangeListener = (file: string) => void;

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** One fs.watch per directory (recursive for corpus folders), shared and reference-counted. */
export class FsWatchers {
  private watchers = new Map<string, { watcher: { close(): void }; users: number }>();

  constructor(
    private readonly onChange: ChangeListener,
    private readonly log: (message: string) => void,
  ) {}

  /** Watches `target` (a file: its directory; a directory: recursively). Returns a release function. */
  watch(target: string): () => void {
    let dir = target;
    let recursive = true;
    try {
      if (!fs.statSync(target).isDirectory()) {
        dir = path.dirname(target);
        recursive = false;
      }
    } catch {
      // Not there yet (presslint.json before it is created): watch the folder it would be in.
      dir = path.dirname(target);
      recursive = false;
    }
    const id = `${recursive ? 'r' : 'f'}:${dir}`;
    let entry = this.watchers.get(id);
    if (!entry) {
      try {
        const failed = (err: unknown) => this.log(`presslint: watching ${dir} failed: ${String(err)}`);
        let watcher: { close(): void };
        if (recursive && process.platform === 'linux') {
          watcher = new DirectoryTreeWatcher(dir, this.onChange, failed);
        } else {
          const w = fs.watch(dir, { recursive, persistent: false }, (_event, name) => {
            this.onChange(name ? path.join(dir, name.toString()) : dir);
          });
          w.on('error', failed);
          watcher = w;
        }
        entry = { watcher, users: 0 };
        this.watchers.set(id, entry);
      } catch (err) {
        this.log(`presslint: cannot watch ${dir}: ${String(err)}`);
        return () => {};
      }
    }
    entry.users++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const e = this.watchers.get(id);
      if (e && --e.users <= 0) {
        e.watcher.close();
        this.watchers.delete(id);
      }
    };
  }

  dispose(): void {
    for (const e of this.watchers.values()) e.watcher.close();
    this.watchers.clear();
  }
}

/** Client-side watchers, re-registered whenever the set of watched locations changes. */
export class ClientWatchers {
  private registration: Disposable | undefined;
  private lastKey = '';

  constructor(
    private readonly connection: Connection,
    private readonly relativePatterns: boolean,
  ) {}

  /** Watches presslint.json everywhere and each corpus path (a file, or the files under a folder). */
  async update(corpusPaths: string[]): Promise<void> {
    const targets = [...new Set(corpusPaths)].sort();
    const key = targets.join('\n');
    if (key === this.lastKey && this.registration) return;
    this.lastKey = key;
    const watchers: FileSystemWatcher[] = [{ globPattern: '**/presslint.json' }];
    for (const target of targets) {
      const isDir = isDirectory(target);
      const base = isDir ? target : path.dirname(target);
      const pattern = isDir ? '**/*' : path.basename(target);
      watchers.push({
        globPattern: this.relativePatterns
          ? { baseUri: pathToUri(base), pattern }
          : `${base.split(path.sep).join('/')}/${pattern}`,
      });
    }
    const old = this.registration;
    this.registration = await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    old?.dispose();
  }
}
