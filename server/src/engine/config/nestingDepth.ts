// How deep the brackets of a JSON-with-comments text go, found in one pass without recursion: the parser,
// the tree walk and the schema all recurse, so thousands of nested "[" would overflow the stack.

/** Deepest a presslint.json may nest: the schema needs four levels; anything near this is not a config. */
export const MAX_NESTING = 100;

/** Offset of the bracket that opens level `max + 1`, or -1 when the text never nests that deep. */
export function tooDeepAt(text: string, max = MAX_NESTING): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      // A string: up to the closing quote or the end of the line, whichever comes first.
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22 && text.charCodeAt(i) !== 0x0a; i++) {
        if (text.charCodeAt(i) === 0x5c /* \ */) i++;
      }
    } else if (c === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
      while (i < text.length && text.charCodeAt(i) !== 0x0a) i++;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a /* * */) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > max) return i;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      depth = Math.max(0, depth - 1);
    }
  }
  return -1;
}
