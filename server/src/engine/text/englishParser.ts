// retext-english's parser (parse-english on parse-latin) with a faster first step. parse-latin's `tokenize`
// classifies every character with up to three Unicode regex tests and copies its position object with a spread
// for every node (the whole parse of a 600-word draft: 0.52 ms with it, 0.30 ms with this). This subclass returns
// the very same nodes (same types, values, positions; see nodeOf for the points, shared at each boundary); each
// UTF-16 code unit's class is asked of parse-latin's own tokenizer once and remembered. The sentence and paragraph plugins are parse-english's, run only where a scan finds work for them
// (englishParserPlugins.ts). Tested against parse-english on the corpora, the dev sets and random text.
import { ParseEnglish } from 'parse-english';
import type { Root, SentenceContent } from 'nlcst';
import type { Processor } from 'unified';
import { englishPlugins } from './englishParserPlugins';

type NodeType = SentenceContent['type'];
type Point = { line: number; column: number; offset: number };

const TYPES: NodeType[] = ['WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'];
// 0: not asked yet; otherwise 1 + the index in TYPES.
const classOfUnit = new Uint8Array(65536);
const originalTokenize = ParseEnglish.prototype.tokenize;

function nodeTypeOf(code: number): NodeType {
  let c = classOfUnit[code];
  if (c === 0) {
    // The original tokenizer turns one character into one node of its class.
    const type = originalTokenize.call(ParseEnglish.prototype, String.fromCharCode(code))[0].type;
    c = TYPES.indexOf(type) + 1;
    if (c === 0) throw new Error(`parse-latin: unexpected node type ${type}`);
    classOfUnit[code] = c;
  }
  return TYPES[c - 1];
}

/**
 * A node as parse-latin builds it, with one difference: a boundary's point is one object, the end of the node
 * before it and the start of the node after it (parse-latin copies it for each). No plugin changes a point in
 * place (they swap `position.start`/`position.end` for another node's), so sharing changes nothing but the
 * allocations: three points per word become one. Each node and its text keep their own position object.
 */
function nodeOf(type: NodeType, text: string, start: Point, end: Point): SentenceContent {
  return type === 'WordNode'
    ? { type, children: [{ type: 'TextNode', value: text, position: { start, end } }], position: { start, end } }
    : ({ type, value: text, position: { start, end } } as SentenceContent);
}

// parse-latin's `surrogates` expression (/[\uD800-\uDFFF]/): a run of punctuation or symbols continues through them.
const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

export class EnglishParser extends ParseEnglish {
  override tokenize(value: string | null | undefined): SentenceContent[] {
    const children: SentenceContent[] = [];
    if (!value) return children;
    let line = 1;
    let column = 1;
    let offset = 0;
    let from = 0;
    let start: Point = { line, column, offset };
    let previousType: NodeType | undefined;
    let previousCode = -1;
    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index);
      const currentType = nodeTypeOf(code);
      if (
        from < index &&
        previousType &&
        !(previousType === currentType && (previousType === 'WordNode' || previousType === 'WhiteSpaceNode' || code === previousCode || isSurrogate(code)))
      ) {
        const boundary = { line, column, offset };
        children.push(nodeOf(previousType, value.slice(from, index), start, boundary));
        from = index;
        start = boundary;
      }
      if (code === 13 || (code === 10 && previousCode !== 13)) {
        line++;
        column = 1;
      } else if (code !== 10) {
        column++;
      }
      offset++;
      previousType = currentType;
      previousCode = code;
    }
    if (previousType && from < value.length) children.push(nodeOf(previousType, value.slice(from), start, { line, column, offset }));
    return children;
  }
}

// The same plugins, cheaper where they have nothing to do (englishParserPlugins.ts). Each parser copies these lists.
EnglishParser.prototype.tokenizeSentencePlugins = englishPlugins.sentence as never;
EnglishParser.prototype.tokenizeParagraphPlugins = englishPlugins.paragraph as never;
EnglishParser.prototype.tokenizeRootPlugins = englishPlugins.root as never;

/**
 * A unified plugin, used after retext-english: the same parser, built on EnglishParser. Extensions other plugins
 * registered for retext-english (nlcst*Extensions) are added as retext-english adds them.
 */
export function withEnglishParser(this: Processor): void {
  const self = this;
  self.parser = ((doc: string): Root => {
    const parser = new EnglishParser();
    const add = <T>(list: T[], values: unknown) => {
      if (Array.isArray(values)) list.unshift(...(values as T[]));
    };
    add(parser.tokenizeParagraphPlugins, self.data('nlcstParagraphExtensions' as never));
    add(parser.tokenizeRootPlugins, self.data('nlcstRootExtensions' as never));
    add(parser.tokenizeSentencePlugins, self.data('nlcstSentenceExtensions' as never));
    return parser.parse(doc);
  }) as unknown as typeof self.parser;
}
