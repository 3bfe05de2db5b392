// Where presslint keeps what it can recompute (learned term bases, the CLI's compiled code): the user's cache
// directory, or PRESSLINT_CACHE_DIR; PRESSLINT_NO_CACHE turns caching off.
import os from 'node:os';
import path from 'node:path';

export function defaultCacheDir(): string | undefined {
  if (process.env.PRESSLINT_NO_CACHE) return undefined;
  if (process.env.PRESSLINT_CACHE_DIR) return process.env.PRESSLINT_CACHE_DIR;
  const base = process.env.XDG_CACHE_HOME || (os.homedir() ? path.join(os.homedir(), '.cache') : os.tmpdir());
  return path.join(base, 'presslint');
}
