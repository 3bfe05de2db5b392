// parse-english's sentence and paragraph plugins, made cheap where a press release gives them nothing to do.
// parse-latin parses a whole document as one sentence first, so each sentence plugin walks every node of the
// draft through a callback (~10 ns a node, ~15 µs per plugin on 600 words), though most act only on rare
// characters ("&", "/", a final "-"). Each plugin here is the original, run only when a quick scan finds a node
// where its first test could pass: a plugin only merges nodes it first matched, so where nothing matches, it
// would change nothing. Three are rewritten outright: patchPosition (only the first and last child matter),
// breakImplicitSentences (counted line breaks instead of splitting every white space's text) and
// mergeInnerWordSymbol (a plain loop instead of a callback per node). The result is
// compared with parse-english's tree on real and random text (test/text/englishParser.test.ts).
import { ParseEnglish } from 'parse-english';
import { toString } from 'nlcst-to-string';

type AnyNode = { type: string; value?: string; children?: AnyNode[]; position?: { start?: unknown; end?: unknown } };
type Parent = AnyNode & { children: AnyNode[] };
type Plugin = (node: Parent) => void;
/** Could the plugin's own first test pass at this child (as the tree is before the plugin runs)? */
type Candidate = (child: AnyNode, index: number, siblings: AnyNode[]) => boolean;

// parse-latin's and parse-english's expressions (not exported by the packages).
const TERMINAL_MARKER = /^([!.?\u2026\u203D]+)$/;
const ELISION_PREFIX = /^(ol?)$/;
const APOSTROPHE = /^['’]$/;

const isSymbol = (n: AnyNode | undefined) => n !== undefined && (n.type === 'PunctuationNode' || n.type === 'SymbolNode');
const isWord = (n: AnyNode | undefined) => n !== undefined && n.type === 'WordNode';

function onlyWhere(plugin: Plugin, candidate: Candidate): Plugin {
  return (node) => {
    const children = node.children;
    for (let i = 0; i < children.length; i++) {
      if (candidate(children[i], i, children)) {
        plugin(node);
        return;
      }
    }
  };
}

/** patchPosition: a parent's position from its first child's start and its last child's end, where unset. */
function patchPosition(node: Parent): void {
  const children = node.children;
  if (children.length === 0) return;
  const first = children[0];
  if (first.position && (!node.position || !node.position.start)) {
    if (!node.position) node.position = {};
    node.position.start = first.position.start;
  }
  const last = children[children.length - 1];
  if (last.position && (!node.position || !node.position.end)) {
    if (!node.position) node.position = {};
    node.position.end = last.position.end;
  }
}

/** More than one line break (\r\n, \r or \n) in a text: what `text.split(/\r\n|\r|\n/).length >= 3` asks. */
function hasTwoLineBreaks(text: string): boolean {
  let breaks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      if (++breaks === 2) return true;
    } else if (c === 10 && ++breaks === 2) return true;
  }
  return false;
}

/** breakImplicitSentences: a sentence is split at white space holding a blank line (parse-latin's code). */
function breakImplicitSentences(parent: Parent): void {
  const siblings = parent.children;
  for (let index = 0; index < siblings.length; index++) {
    const child = siblings[index];
    if (child.type !== 'SentenceNode') continue;
    const children = child.children!;
    for (let position = 1; position < children.length - 1; position++) {
      const node = children[position];
      if (node.type !== 'WhiteSpaceNode' || node.value!.length < 2 || !hasTwoLineBreaks(node.value!)) continue;
      child.children = children.slice(0, position);
      const insertion: AnyNode = { type: 'SentenceNode', children: children.slice(position + 1) };
      const tail = children[position - 1];
      const head = children[position + 1];
      siblings.splice(index + 1, 0, node, insertion);
      if (child.position && tail.position && head.position) {
        const end = child.position.end;
        child.position.end = tail.position.end;
        insertion.position = { start: head.position.start, end };
      }
      // The original returns index + 1: the loop goes on with the white space just inserted, then the new sentence.
      break;
    }
  }
}

// parse-latin's wordSymbolInner (not exported): the symbols that join the words around them ("e-mail", "it's").
const WORD_SYMBOL_INNER = /^([&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/;

/**
 * mergeInnerWordSymbol, as parse-latin writes it, as a plain loop: the original walks every node of the draft
 * through unist-util-modify-children's callbacks (~30 µs of a 600-word parse), though it acts only at a symbol
 * right after a word. Same visits, same merges, same positions; `index` revisits the position merged into,
 * as the original's `return index` does.
 */
function mergeInnerWordSymbol(parent: Parent): void {
  const siblings = parent.children;
  for (let index = 1; index < siblings.length; index++) {
    const child = siblings[index];
    if (child.type !== 'SymbolNode' && child.type !== 'PunctuationNode') continue;
    const previous = siblings[index - 1];
    if (previous.type !== 'WordNode') continue;
    let position = index - 1;
    const tokens: AnyNode[] = [];
    let queue: AnyNode[] = [];
    while (siblings[++position]) {
      const sibling = siblings[position];
      if (sibling.type === 'WordNode') {
        tokens.push(...queue, ...sibling.children!);
        queue = [];
      } else if ((sibling.type === 'SymbolNode' || sibling.type === 'PunctuationNode') && WORD_SYMBOL_INNER.test(toString(sibling as never))) {
        queue.push(sibling);
      } else {
        break;
      }
    }
    if (tokens.length === 0) continue;
    if (queue.length > 0) position -= queue.length;
    siblings.splice(index, position - index);
    previous.children!.push(...tokens);
    const last = tokens[tokens.length - 1];
    if (previous.position && last.position) previous.position.end = last.position.end;
    index--;
  }
}

// The sentence plugins that can have work, found in one pass over the sentence as tokenized (a pass costs ~5 µs
// on 600 words, as much as running a plugin). Plugins only merge nodes into words, so for a later plugin the
// test is one that its own first test, on the tree it sees, implies on the tokenized tree.
const ELISION = 1; // mergeEnglishElisionExceptions: "w/", an apostrophe after "o"/"ol" or before a word not after one
const INITIAL_SYMBOL = 2; // mergeInitialWordSymbol: "&" (any)
const FINAL_SYMBOL = 4; // mergeFinalWordSymbol: "-" with no word after it (no earlier plugin can put one there)
const SLASH = 8; // mergeInnerWordSlash: "/" (any)
const INITIALISM = 16; // mergeInitialisms: "." after a word of 3+ parts, which ends in a symbol or a word after one

function sentenceWork(s: AnyNode[]): number {
  let work = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c.type !== 'PunctuationNode' && c.type !== 'SymbolNode') continue;
    const v = c.value!;
    if (v === '.') {
      if (c.type === 'PunctuationNode' && i > 0 && (isSymbol(s[i - 1]) || (isWord(s[i - 1]) && isSymbol(s[i - 2])))) work |= INITIALISM;
    } else if (v === '&') work |= INITIAL_SYMBOL;
    else if (v === '-') {
      if (i > 0 && !isWord(s[i + 1])) work |= FINAL_SYMBOL;
    } else if (v === '/') {
      work |= SLASH;
      if (isWord(s[i - 1])) work |= ELISION;
    } else if (APOSTROPHE.test(v) && (!isWord(s[i - 1]) || ELISION_PREFIX.test(toString(s[i - 1] as never).toLowerCase()))) work |= ELISION;
  }
  return work;
}

/** mergeRemainingFullStops acts only on a "." with a word or terminal marker after it in its sentence. */
function hasInnerFullStop(sentence: AnyNode): boolean {
  const children = sentence.children;
  if (!children) return false;
  let laterDelimiter = false;
  for (let k = children.length - 1; k >= 0; k--) {
    const n = children[k];
    if (n.type === 'WordNode') laterDelimiter = true;
    else if (isSymbol(n) && TERMINAL_MARKER.test(n.value!)) {
      if (laterDelimiter && n.value === '.') return true;
      laterDelimiter = true;
    }
  }
  return false;
}

/** The plugin lists of parse-english 7 (checked by their lengths), with the cheaper versions swapped in. */
export function fasterPlugins(original: { sentence: Plugin[]; paragraph: Plugin[]; root: Plugin[] }): typeof original {
  const { sentence, paragraph, root } = original;
  if (sentence.length !== 7 || paragraph.length !== 13 || root.length !== 4) return original;
  const latinPatch = sentence[6];
  const patched = (list: Plugin[]) => list.map((p) => (p === latinPatch ? patchPosition : p));
  const [elision, initialSymbol, finalSymbol, , innerSlash, initialisms] = sentence;
  const sentencePlugins = (node: Parent) => {
    const work = sentenceWork(node.children);
    if (work & ELISION) elision(node);
    if (work & INITIAL_SYMBOL) initialSymbol(node);
    if (work & FINAL_SYMBOL) finalSymbol(node);
    mergeInnerWordSymbol(node);
    if (work & SLASH) innerSlash(node);
    if (work & INITIALISM) initialisms(node);
    patchPosition(node);
  };
  return {
    sentence: [sentencePlugins],
    paragraph: patched(paragraph.map((p, k) => (k === 7 ? onlyWhere(p, hasInnerFullStop) : k === 10 ? breakImplicitSentences : p))),
    root: patched(root),
  };
}

export const englishPlugins = fasterPlugins({
  sentence: ParseEnglish.prototype.tokenizeSentencePlugins as unknown as Plugin[],
  paragraph: ParseEnglish.prototype.tokenizeParagraphPlugins as unknown as Plugin[],
  root: ParseEnglish.prototype.tokenizeRootPlugins as unknown as Plugin[],
});
