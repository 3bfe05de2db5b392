// Web and e-mail addresses in prose ("pcrta.org/rideon", "www.example.org", "press@example.org"): their words are
// an address's letters, not names, so nothing inside one is flagged.

// A scheme or "www.", a domain with a path, or an e-mail address; ends before a space or closing punctuation.
const ADDRESS = /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"“”‘’()]+|\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\/[^\s<>"“”‘’()]*|[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

/** The spans of the addresses in a text, in order (a trailing full stop or comma is the sentence's). */
export function webAddressSpans(text: string): { start: number; end: number }[] {
  // Most drafts have none: no scan without a slash or an at sign.
  if (!text.includes('/') && !text.includes('@') && !text.includes('www.')) return [];
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(ADDRESS)) {
    const written = m[0].replace(/[.,;:!?]+$/, '');
    out.push({ start: m.index!, end: m.index! + written.length });
  }
  return out;
}
