// Markdown: only prose is linted. Code, URLs, link targets and HTML are blanked out with spaces of the same
// length, so every offset in the masked text is the same offset in the original.
const blank = (s: string) => s.replace(/[^\r\n]/g, ' ');

export function maskMarkdown(text: string): string {
  return text
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank) // fenced code
    .replace(/^( {4}|\t)[^\n]*$/gm, (m, _i, off, all) => (isIndentedCode(all as string, off as number) ? blank(m) : m))
    .replace(/`[^`\n]+`/g, blank) // inline code
    .replace(/<!--[\s\S]*?-->/g, blank) // comments
    .replace(/<\/?[A-Za-z][^>\n]*>/g, blank) // HTML tags
    .replace(/(\]\()([^)\n]*)(\))/g, (_m, a: string, b: string, c: string) => ' '.repeat(a.length) + blank(b) + ' '.repeat(c.length)) // link targets
    .replace(/^\s*\[[^\]\n]+\]:\s*\S+.*$/gm, blank) // reference definitions
    .replace(/\b(?:https?|ftp):\/\/[^\s)>\]]+/g, blank) // bare URLs
    .replace(/\b[\w.+-]+@[\w-]+\.[\w.-]+\b/g, blank) // e-mail addresses
    .replace(/^(\s{0,3})(#{1,6}|>|[-*+]|\d+[.)])(?=\s)/gm, (m) => ' '.repeat(m.length)) // block markers
    .replace(/(\*\*|__|\*|_)(?=\S)([^*_\n]+?)(?<=\S)\1/g, (_m, d: string, inner: string) => ' '.repeat(d.length) + inner + ' '.repeat(d.length)); // emphasis
}

function isIndentedCode(all: string, offset: number): boolean {
  // Indented code needs a blank line (or the start) before it; an indented list continuation is prose.
  const before = all.slice(0, offset);
  return /(^|\n\s*\n)$/.test(before);
}
