// presslint.json → PresslintConfig. Parsed with jsonc-parser (comments and trailing commas allowed,
// offsets kept) and validated with the zod schema; the first problem in the file is reported as one
// line naming file, line, column and key: `presslint.json:7:3: rules.acronym: expected one of ...`.
// The ESM build of jsonc-parser: esbuild cannot bundle its UMD build.
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import type { z } from 'zod';
import { PresslintInputError } from '../errors';
import { configSchemas, type PresslintConfig } from './schema';
import { createLineIndex } from '../format/position';
import { tooDeepAt, MAX_NESTING } from './nestingDepth';

type Issue = z.core.$ZodIssue;
type Segment = string | number;

export function parseConfig(text: string, fileName: string): PresslintConfig {
  // A BOM is invisible in editors: positions are counted without it.
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = createLineIndex(src);
  const at = (offset: number) => {
    const p = lines.position(offset);
    return `${fileName}:${p.line}:${p.column}`;
  };

  // Checked first: the parser, the tree walk and the schema recurse, and would overflow the stack.
  const deep = tooDeepAt(src);
  if (deep >= 0) throw new PresslintInputError(`${at(deep)}: nesting too deep (more than ${MAX_NESTING} levels of brackets)`);

  const errors: ParseError[] = [];
  const root = parseTree(src, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length) {
    const e = errors[0];
    throw new PresslintInputError(`${at(e.offset)}: syntax error: ${describeParseError(e)}`);
  }
  if (!root) {
    throw new PresslintInputError(`${at(0)}: syntax error: expected a JSON object`);
  }
  if (root.type !== 'object') {
    throw new PresslintInputError(`${at(root.offset)}: expected a JSON object, got ${nodeKind(root)}`);
  }

  const result = configSchemas().PresslintConfigSchema.safeParse(nodeValue(root));
  if (result.success) return result.data;

  const located = result.error.issues.flatMap((issue) => locate(root, issue));
  located.sort((a, b) => a.offset - b.offset);
  const first = located[0];
  throw new PresslintInputError(`${at(first.offset)}: ${first.message}`);
}

/** The value of a parse tree, with duplicate keys resolved as JSON.parse would (last wins). */
function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [key, value] = prop.children ?? [];
        if (key && value) out[key.value as string] = nodeValue(value);
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

function describeParseError(e: ParseError): string {
  // "CommaExpected" → "comma expected", "InvalidSymbol" → "invalid symbol"
  return printParseErrorCode(e.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

function nodeKind(node: Node | undefined): string {
  if (!node) return 'nothing';
  if (node.type === 'null') return 'null';
  if (node.type === 'array') return 'an array';
  if (node.type === 'object') return 'an object';
  return `a ${node.type}`;
}

function keyPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}

/** Where in the file an issue is, and its one-line message. */
function locate(root: Node, issue: Issue): { offset: number; message: string }[] {
  const path = issue.path.filter((s): s is Segment => typeof s === 'string' || typeof s === 'number');
  const node = findNodeAtLocation(root, path);
  const where = keyPath(path);
  const prefix = where ? `${where}: ` : '';

  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const keyNode = propertyKeyNode(node ?? root, key);
      return { offset: keyNode?.offset ?? node?.offset ?? 0, message: `${prefix}unknown key "${key}"` };
    });
  }

  // Point at the key of the offending property when there is one (more readable than its value).
  const keyNode = node?.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  const offset = keyNode?.offset ?? node?.offset ?? missingPropertyOffset(root, path);
  return [{ offset, message: `${prefix}${issueMessage(issue, node)}` }];
}

function propertyKeyNode(objectNode: Node, key: string): Node | undefined {
  if (objectNode.type !== 'object') return undefined;
  // The last occurrence is the one that counts (as in JSON.parse).
  const props = (objectNode.children ?? []).filter((p) => p.children?.[0]?.value === key);
  return props[props.length - 1]?.children?.[0];
}

/** A required property that is missing: point at the object that should have it. */
function missingPropertyOffset(root: Node, path: Segment[]): number {
  for (let i = path.length - 1; i >= 0; i--) {
    const n = findNodeAtLocation(root, path.slice(0, i));
    if (n) return n.offset;
  }
  return root.offset;
}

function issueMessage(issue: Issue, node: Node | undefined): string {
  switch (issue.code) {
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_type':
      if (!node) return `missing required key (expected ${article(issue.expected)})`;
      if (issue.expected === 'int') return 'expected a whole number';
      return `expected ${article(issue.expected)}, got ${nodeKind(node)}`;
    case 'invalid_format':
    case 'too_small':
    case 'too_big':
    case 'not_multiple_of':
    case 'custom':
      return lowerFirst(issue.message);
    default:
      return lowerFirst(issue.message);
  }
}

function article(expected: string): string {
  if (expected === 'array' || expected === 'object') return `an ${expected}`;
  return `a ${expected}`;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
