// Glob patterns from presslint.json (`ignore`, `corpus`) are untrusted input: a workspace can ship any of
// them. picomatch compiles a glob to a backtracking regular expression, and a pattern such as
// `*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b` takes seconds on a 30-character name and practically forever on a
// longer one, which would hang the CLI or the language server. So:
// - `ignore` globs are matched here, without regular expressions: segment by segment with dynamic
//   programming, in time polynomial in the pattern and path lengths (at worst the product of the two);
// - `corpus` globs are handed to the file walker (tinyglobby, which uses picomatch) only if they are simple
//   enough to be safe there: at most two wildcards per path segment, one `**`, no extglobs, few braces.
import path from 'node:path';

export type IgnoreMatcher = (absPath: string) => boolean;

/** At most this many alternatives after brace expansion. */
const MAX_ALTERNATIVES = 64;

/** Why a glob cannot be used, or undefined when it can. */
export function unsupportedGlob(pattern: string): string | undefined {
  if (/[@!+*?]\(/.test(pattern)) return 'extended globs like +(a|b) are not supported';
  if (expandBraces(pattern) === undefined) return `it expands to more than ${MAX_ALTERNATIVES} alternatives`;
  return undefined;
}

/**
 * Whether a corpus glob is simple enough to give to the file walker (which matches with backtracking regular
 * expressions): no extglobs, at most one `**`, at most two `*`/`?` per path segment, at most 64 alternatives.
 * Returns the reason when it is not.
 */
export function tooComplexCorpusGlob(pattern: string): string | undefined {
  const unsupported = unsupportedGlob(pattern);
  if (unsupported) return unsupported;
  for (const alt of expandBraces(pattern)!) {
    const segments = alt.replace(/\\/g, '/').split('/');
    if (segments.filter((s) => s === '**').length > 1) return 'at most one ** is allowed';
    for (const s of segments) {
      if (s === '**') continue;
      if ((s.match(/[*?]/g) ?? []).length > 2) return 'at most two * or ? are allowed in one path segment';
    }
  }
  return undefined;
}

/**
 * The matcher for `ignore` globs, used by readCorpus, the CLI and the server: patterns relative to `baseDir`;
 * a path is ignored when it or one of its parent folders matches; a pattern without a slash matches a name at
 * any depth ("*.bak.md"); `*` matches dot files. No backtracking. Patterns that cannot be used are left out,
 * each reported through `warn`.
 */
export function createSafeIgnoreMatcher(
  patterns: readonly string[] | undefined,
  baseDir: string,
  warn: (message: string) => void = () => {},
): IgnoreMatcher {
  const compiled: { negate: boolean; anyDepthName: boolean; absolute: boolean; alternatives: string[][] }[] = [];
  for (const raw of patterns ?? []) {
    let p = raw.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
    if (!p) continue;
    const negate = p.startsWith('!') && !p.startsWith('!(');
    if (negate) p = p.slice(1);
    const why = unsupportedGlob(p);
    if (why) {
      warn(`ignore pattern "${raw}" is left out: ${why}`);
      continue;
    }
    const alternatives = expandBraces(p)!.map((a) => a.split('/'));
    compiled.push({ negate, anyDepthName: !p.includes('/'), absolute: p.startsWith('/'), alternatives });
  }
  if (!compiled.length) return () => false;

  const matchesOne = (c: (typeof compiled)[number], parts: string[]): boolean => {
    const hit = c.anyDepthName
      ? c.alternatives.some((alt) => matchSegment(alt[0], parts[parts.length - 1] ?? ''))
      : c.alternatives.some((alt) => matchSegments(alt, parts));
    return c.negate ? !hit : hit;
  };

  return (absPath: string) => {
    const rel = path.relative(baseDir, absPath).split(path.sep).join('/');
    if (!rel || rel === '..' || rel.startsWith('../') || path.isAbsolute(rel)) {
      // Outside the base folder: the whole absolute path (names at any depth and absolute patterns can match).
      const parts = absPath.split(path.sep).join('/').split('/');
      return compiled.some((c) => (c.absolute || c.anyDepthName) && matchesOne(c, parts));
    }
    const parts = rel.split('/');
    for (let i = parts.length; i >= 1; i--) {
      const prefix = parts.slice(0, i);
      if (compiled.some((c) => !c.absolute && matchesOne(c, prefix))) return true;
    }
    return false;
  };
}

/** `{a,b}` alternatives, nested; undefined when there would be more than MAX_ALTERNATIVES. */
export function expandBraces(pattern: string): string[] | undefined {
  let out = [pattern];
  for (let round = 0; round < 32; round++) {
    const next: string[] = [];
    let expanded = false;
    for (const p of out) {
      const group = innermostBraces(p);
      if (!group) {
        next.push(p);
        continue;
      }
      expanded = true;
      for (const choice of group.choices) next.push(p.slice(0, group.start) + choice + p.slice(group.end));
      if (next.length > MAX_ALTERNATIVES) return undefined;
    }
    out = next;
    if (!expanded) return out;
  }
  return undefined;
}

/** The first `{...}` group with a comma and no braces inside, skipping escaped characters. */
function innermostBraces(p: string): { start: number; end: number; choices: string[] } | undefined {
  let open = -1;
  for (let i = 0; i < p.length; i++) {
    const ch = p[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '{') open = i;
    else if (ch === '}' && open >= 0) {
      const body = p.slice(open + 1, i);
      if (body.includes(',')) return { start: open, end: i + 1, choices: splitTopLevelCommas(body) };
      open = -1;
    }
  }
  return undefined;
}

function splitTopLevelCommas(body: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\' && i + 1 < body.length) {
      cur += body[i] + body[i + 1];
      i++;
    } else if (body[i] === ',') {
      out.push(cur);
      cur = '';
    } else cur += body[i];
  }
  out.push(cur);
  return out;
}

/** Pattern segments (with `**` for any number of segments) against path segments: O(P·S) segment matches. */
function matchSegments(pattern: string[], parts: string[]): boolean {
  const P = pattern.length;
  const S = parts.length;
  // can[i][j]: pattern[i..] matches parts[j..]
  let next = new Array<boolean>(S + 1).fill(false);
  next[S] = true; // empty pattern matches empty path
  for (let i = P - 1; i >= 0; i--) {
    const cur = new Array<boolean>(S + 1).fill(false);
    for (let j = S; j >= 0; j--) {
      if (pattern[i] === '**') cur[j] = next[j] || (j < S && cur[j + 1]);
      else cur[j] = j < S && next[j + 1] && matchSegment(pattern[i], parts[j]);
    }
    next = cur;
  }
  return next[0];
}

type Token = { kind: 'star' } | { kind: 'one'; test: (ch: string) => boolean };

/** One segment: `*`, `?`, `[...]` (with ! or ^ negation and ranges) and `\` escapes; O(pattern × name). */
export function matchSegment(pattern: string, name: string): boolean {
  const tokens = tokenize(pattern);
  const chars = Array.from(name);
  // Classic wildcard dynamic programming over (token, char): no backtracking.
  let next = new Array<boolean>(chars.length + 1).fill(false);
  next[chars.length] = true;
  for (let t = tokens.length - 1; t >= 0; t--) {
    const cur = new Array<boolean>(chars.length + 1).fill(false);
    const tok = tokens[t];
    for (let c = chars.length; c >= 0; c--) {
      if (tok.kind === 'star') cur[c] = next[c] || (c < chars.length && cur[c + 1]);
      else cur[c] = c < chars.length && next[c + 1] && tok.test(chars[c]);
    }
    next = cur;
  }
  return next[0];
}

function tokenize(pattern: string): Token[] {
  const out: Token[] = [];
  const chars = Array.from(pattern);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === '\\' && i + 1 < chars.length) {
      const lit = chars[++i];
      out.push({ kind: 'one', test: (c) => c === lit });
    } else if (ch === '*') {
      if (out[out.length - 1]?.kind !== 'star') out.push({ kind: 'star' });
    } else if (ch === '?') {
      out.push({ kind: 'one', test: () => true });
    } else if (ch === '[') {
      const close = chars.indexOf(']', i + 2);
      if (close < 0) {
        out.push({ kind: 'one', test: (c) => c === '[' });
        continue;
      }
      let body = chars.slice(i + 1, close);
      const negate = body[0] === '!' || body[0] === '^';
      if (negate) body = body.slice(1);
      const ranges: [string, string][] = [];
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === '-' && k + 2 < body.length) {
          ranges.push([body[k], body[k + 2]]);
          k += 2;
        } else ranges.push([body[k], body[k]]);
      }
      out.push({ kind: 'one', test: (c) => ranges.some(([a, b]) => c >= a && c <= b) !== negate });
      i = close;
    } else {
      out.push({ kind: 'one', test: (c) => c === ch });
    }
  }
  return out;
}
