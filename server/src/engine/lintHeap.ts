// A process that lints (the CLI, the language server, the bench) turns off V8's allocation-site pretenuring.
// V8 watches each place that allocates objects (an object literal, an array) and, once most of what it made
// survived a few scavenges, allocates there straight into the old generation from then on. The tokenizer,
// the parser and the rules' helpers make both long-lived objects (a corpus being learned, a term base being
// indexed, the dictionary being loaded) and a lint's short-lived ones, so a process that learned or loaded
// first then made every lint's tokens and parse tree old: only a full collection frees them, and the young
// strings and arrays they point to were promoted with them. Measured, 600-word draft against the 10,000-release
// term base: ~450 KB promoted and a 3.8 ms scavenge per ~20 ms of linting, median 1.72 -> 1.19 ms without it;
// learning 10,000 releases unchanged within noise (14.6/14.8 s with, 16.1/14.8 s without).
import v8 from 'node:v8';

export function keepLintAllocationsYoung(): void {
  v8.setFlagsFromString('--no-allocation-site-pretenuring');
}
