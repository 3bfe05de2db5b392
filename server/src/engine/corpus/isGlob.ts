/** Whether a command-line path is a glob pattern rather than a plain path. */
export function isGlob(p: string): boolean {
  return /[*?[\]{}]/.test(p) || /(^|[^\\])[!@+]\(/.test(p);
}
