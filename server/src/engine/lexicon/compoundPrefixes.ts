// Prefixes that make compounds with a hyphen or without one ("non-profit" / "nonprofit", "co-operation" /
// "cooperation"): English, not any corpus's.
export const COMPOUND_PREFIXES = new Set(['multi', 'anti', 'non', 'co', 'pre', 'post', 'inter', 'intra', 'sub', 'supra', 'trans', 'pan', 'e', 'self', 'cross', 're']);
