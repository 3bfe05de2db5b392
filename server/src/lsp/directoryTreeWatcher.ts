// A recursive watch built from one non-recursive fs.watch per folder. On Linux, Node 20's
// fs.watch(dir, { recursive: true }) watches every file on its own (an FSWatcher, Stats and timers each):
// ~10,000 watchers and ~15 MB of heap for a 10,000-release corpus folder. Folders are what change.
import fs from 'node:fs';
import path from 'node:path';

/** More folders than this under one corpus root are not watched (each costs an inotify watch). */
const MAX_FOLDERS = 2000;

export class DirectoryTreeWatcher {
  private watchers = new Map<string, fs.FSWatcher>();
  private realFolders = new Set<string>();
  private closed = false;

  constructor(
    root: string,
    private readonly onChange: (file: string) => void,
    private readonly onError: (err: unknown) => void,
  ) {
    this.addTree(root);
    if (!this.watchers.size) throw new Error(`cannot watch ${root}`);
  }

  get folderCount(): number {
    return this.watchers.size;
  }

  close(): void {
    this.closed = true;
    for (const w of this.watchers.values()) w.close();
    this.watchers.clear();
  }

  private addTree(root: string): void {
    const stack = [root];
    while (stack.length && !this.closed && this.watchers.size < MAX_FOLDERS) {
      const dir = stack.pop()!;
      let real: string;
      try {
        real = fs.realpathSync(dir);
      } catch {
        continue;
      }
      // Through symlinks, never the same folder twice (no loops).
      if (this.realFolders.has(real)) continue;
      this.realFolders.add(real);
      if (!this.watchOne(dir)) continue;
      let entries: fs.Dirent[] = [];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        /* unreadable: its own changes are still watched */
      }
      for (const e of entries) {
        const full = path.join(dir, e.name);
        if (e.isDirectory() || (e.isSymbolicLink() && isDirectory(full))) stack.push(full);
      }
    }
  }

  private watchOne(dir: string): boolean {
    try {
      const w = fs.watch(dir, { persistent: false }, (event, name) => {
        const file = name ? path.join(dir, name.toString()) : dir;
        // A folder created (or moved in) under the tree is watched from now on.
        if (event === 'rename' && name && isDirectory(file)) this.addTree(file);
        this.onChange(file);
      });
      w.on('error', (err) => {
        w.close();
        this.watchers.delete(dir);
        // A folder that went away is not an error worth reporting.
        if (fs.existsSync(dir)) this.onError(err);
      });
      this.watchers.set(dir, w);
      return true;
    } catch (err) {
      this.onError(err);
      return false;
    }
  }
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
