// Shared by the reliability tests: the CLI as a real process (optionally as an unprivileged user, since the
// tests may run as root, for whom chmod 000 hides nothing), and snapshots of a project's files to prove that
// nothing was lost or changed.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CLI, type CliResult } from '../cli/helpers';

export const ROOT = path.resolve(__dirname, '..', '..');
export const FIXTURES = path.join(__dirname, 'fixtures');

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => fs.existsSync(p));

/** Whether permission tests can run: not root (chmod is enforced), or root with setpriv to drop to nobody. */
export const canTestPermissions = process.platform !== 'win32' && (!isRoot || !!setpriv);

export interface RunOptions {
  env?: Record<string, string>;
  /** Run as nobody (uid 65534) when the tests run as root, so that file permissions apply. */
  unprivileged?: boolean;
  /** Node options before the script (e.g. --require a hook). */
  nodeArgs?: string[];
  /** A hang fails the test instead of blocking the run (generous; it times nothing). */
  timeoutMs?: number;
}

export function runCli(args: string[], cwd: string, opts: RunOptions = {}): CliResult & { signal: NodeJS.Signals | null } {
  let command = process.execPath;
  let argv = [...(opts.nodeArgs ?? []), CLI, ...args];
  if (opts.unprivileged && isRoot && setpriv) {
    argv = ['--reuid=65534', '--regid=65534', '--clear-groups', command, ...argv];
    command = setpriv;
  }
  const options: SpawnSyncOptions = {
    cwd,
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 120_000,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', PRESSLINT_DEBUG: '', ...(opts.unprivileged ? { PRESSLINT_NO_CACHE: '1' } : {}), ...opts.env },
  };
  const r = spawnSync(command, argv, options);
  if (r.error) throw r.error;
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr), signal: r.signal };
}

/** Every file under `dir` (following no links) → a hash of its bytes, or where a symlink points. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      const rel = path.relative(dir, p).split(path.sep).join('/');
      if (e.isSymbolicLink()) out[rel] = `-> ${fs.readlinkSync(p)}`;
      else if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        let bytes: Buffer | undefined;
        try {
          bytes = fs.readFileSync(p);
        } catch {
          bytes = undefined;
        }
        out[rel] = `${(fs.statSync(p).mode & 0o777).toString(8)} ${bytes ? crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16) : 'unreadable'}`;
      } else out[rel] = 'special';
    }
  };
  walk(dir);
  return out;
}

/** The lines of stderr, each of which must be a single notice line starting with "presslint: " (no traces). */
export function noticeLines(stderr: string): string[] {
  const lines = stderr.split('\n').filter((l) => l.length);
  for (const l of lines) {
    if (/^\s+at /.test(l)) throw new Error(`stack trace on stderr:\n${stderr}`);
  }
  return lines.filter((l) => l.startsWith('presslint: '));
}
