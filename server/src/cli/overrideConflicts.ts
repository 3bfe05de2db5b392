// Overrides in presslint.json that contradict each other, settled before they reach the term base (the CLI
// and the language server both call this). The rule, documented in the README:
// - a form both accepted and rejected is accepted: the reject entry is ignored (nothing is rewritten on a
//   contradictory instruction);
// - a reject entry whose `right` is its own `wrong` does nothing but flag: it is ignored;
// - a reject entry that undoes an earlier one (A→B, then B→A) would make --fix flip the text back and
//   forth: the later entry is ignored.
// Each ignored entry gives one warning line naming the file, line, column and key.
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser/lib/esm/main.js'; // the ESM build: esbuild cannot bundle the UMD one
import type { PresslintConfig } from '../engine/config/schema';
import { createLineIndex } from '../engine/format/position';
import { formKey } from '../engine/text/normalize';

export interface SettledOverrides {
  /** The config with the ignored reject entries removed (the same object when nothing conflicts). */
  config: PresslintConfig;
  /** One line each: `presslint.json:7:15: reject[1].wrong: ...`. */
  warnings: string[];
}

/**
 * @param text the file's text, to name lines and columns (optional: without it, the key alone is named)
 * @param fileName as shown in messages
 */
export function settleOverrideConflicts(config: PresslintConfig, text?: string, fileName = 'presslint.json'): SettledOverrides {
  const reject = config.reject ?? [];
  if (!reject.length) return { config, warnings: [] };
  const located = locator(text, fileName);
  const accepted = config.accept ?? [];
  const warnings: string[] = [];
  const dropped = new Set<number>();
  const kept: { wrong: string; right: string }[] = [];

  reject.forEach((r, i) => {
    const wrongKey = formKey(r.wrong);
    const caseOnly = wrongKey === formKey(r.right);
    // A case-only correction ("Blue harbour" → "Blue Harbour") conflicts only with accepting that exact form.
    const a = accepted.findIndex((form) => form.trim() === r.wrong.trim() || (!caseOnly && formKey(form) === wrongKey));
    if (a >= 0) {
      dropped.add(i);
      warnings.push(
        `${located(['reject', i, 'wrong'])}: reject[${i}].wrong: "${r.wrong}" is also accepted (accept[${a}]${lineOf(located, ['accept', a])}): accepted forms win, this reject entry is ignored`,
      );
      return;
    }
    if (r.wrong.trim() === r.right.trim()) {
      dropped.add(i);
      warnings.push(`${located(['reject', i, 'right'])}: reject[${i}].right: the same as its "wrong" ("${r.wrong}"): this reject entry is ignored`);
      return;
    }
    const undone = kept.findIndex((k) => k.wrong.trim() === r.right.trim() && k.right.trim() === r.wrong.trim());
    if (undone >= 0) {
      const earlier = reject.indexOf(kept[undone]);
      dropped.add(i);
      warnings.push(
        `${located(['reject', i, 'wrong'])}: reject[${i}]: undoes reject[${earlier}]${lineOf(located, ['reject', earlier])} ("${r.wrong}" → "${r.right}" after "${r.right}" → "${r.wrong}"): --fix would flip them back and forth, this entry is ignored`,
      );
      return;
    }
    kept.push(r);
  });

  if (!dropped.size) return { config, warnings };
  return { config: { ...config, reject: reject.filter((_, i) => !dropped.has(i)) }, warnings };
}

type Locate = (path: (string | number)[]) => string;

/** `file:line:column` of the node at a JSON path, or just `file` when the text is not known. */
function locator(text: string | undefined, fileName: string): Locate {
  if (text === undefined) return () => fileName;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let root: Node | undefined;
  try {
    root = parseTree(src, [], { allowTrailingComma: true, disallowComments: false });
  } catch {
    root = undefined;
  }
  const lines = createLineIndex(src);
  return (path) => {
    const node = root && findNodeAtLocation(root, path);
    if (!node) return fileName;
    const p = lines.position(node.offset);
    return `${fileName}:${p.line}:${p.column}`;
  };
}

function lineOf(located: Locate, path: (string | number)[]): string {
  const m = /:(\d+):\d+$/.exec(located(path));
  return m ? ` on line ${m[1]}` : '';
}
