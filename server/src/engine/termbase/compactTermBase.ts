// A term base read from the disk cache or received from the learning worker holds a fresh copy of every
// string: "learned" ~20,000 times, each source sentence once per person, role and organization citing it.
// Sharing equal strings took the language server's heap from ~50 MB to ~16 MB of strings for a
// 10,000-release corpus. The term base is plain JSON data, so a walk over it is enough.
import type { TermBase } from '../types';

export function compactTermBase(tb: TermBase): TermBase {
  const pool = new Map<string, string>();
  const visit = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const shared = pool.get(value);
      if (shared !== undefined) return shared;
      pool.set(value, value);
      return value;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = visit(value[i]);
    } else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      for (const k of Object.keys(o)) o[k] = visit(o[k]);
    }
    return value;
  };
  visit(tb);
  return tb;
}
