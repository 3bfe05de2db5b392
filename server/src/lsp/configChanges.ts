// The presslint.json changes the code actions make, in the shape the config reader expects.
import type { PresslintConfig } from '../engine';
import { arrayHas, type JsonChange } from './presslintJson';

/** Never flag `form` again in this workspace. */
export function acceptChange(form: string): JsonChange {
  return { path: ['accept'], value: form, append: true };
}

/** Always flag `wrong` and replace it with `right`. */
export function replaceChange(wrong: string, right: string): JsonChange {
  return { path: ['reject'], value: { wrong, right }, append: true };
}

/** Turn a rule family off. */
export function ruleOffChange(ruleId: string): JsonChange {
  return { path: ['rules', ruleId], value: 'off' };
}

/** Whether presslint.json already says what the change would write. */
export function alreadyConfigured(config: PresslintConfig | undefined, change: JsonChange): boolean {
  if (!config) return false;
  if (change.append) return arrayHas(config, change.path, change.value);
  let node: unknown = config;
  for (const seg of change.path) {
    if (!node || typeof node !== 'object') return false;
    node = (node as Record<string | number, unknown>)[seg];
  }
  return JSON.stringify(node) === JSON.stringify(change.value);
}
