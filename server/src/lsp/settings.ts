// Settings from the client (`workspace/configuration`, section "presslint"), per scope URI, cached
// until the client says they changed.
import type { Connection } from 'vscode-languageserver/node';
import { RULE_IDS, type RuleId, type Severity } from '../engine';

export type RuleSetting = Severity | 'off';

export interface PresslintSettings {
  enable: boolean;
  /** Corpus paths (files or folders), relative to the workspace folder. Empty: presslint.json or the seeds. */
  corpus: string[];
  /** Only families the user set; unset families keep presslint.json's or the engine's severity. */
  rules: Partial<Record<RuleId, RuleSetting>>;
  languages: string[];
  trace: 'off' | 'messages' | 'verbose';
}

// 'text' is what Neovim calls a .txt file.
export const DEFAULT_LANGUAGES = ['plaintext', 'text', 'markdown', 'press-release'];

export function defaultSettings(): PresslintSettings {
  return { enable: true, corpus: [], rules: {}, languages: [...DEFAULT_LANGUAGES], trace: 'off' };
}

const RULE_VALUES = new Set<string>(['error', 'warning', 'info', 'off']);

/** Turns whatever the client sent into settings; bad values fall back to the defaults. */
export function normalizeSettings(raw: unknown): PresslintSettings {
  const s = defaultSettings();
  if (!raw || typeof raw !== 'object') return s;
  const r = raw as Record<string, unknown>;
  if (typeof r.enable === 'boolean') s.enable = r.enable;
  if (typeof r.corpus === 'string' && r.corpus.trim()) s.corpus = [r.corpus.trim()];
  else if (Array.isArray(r.corpus)) s.corpus = r.corpus.filter((c): c is string => typeof c === 'string' && !!c.trim());
  const rules = r.rules && typeof r.rules === 'object' ? (r.rules as Record<string, unknown>) : {};
  for (const id of RULE_IDS) {
    const v = rules[id];
    if (typeof v === 'string' && RULE_VALUES.has(v)) s.rules[id] = v as RuleSetting;
  }
  if (Array.isArray(r.languages)) s.languages = r.languages.filter((l): l is string => typeof l === 'string');
  const trace = r.trace && typeof r.trace === 'object' ? (r.trace as Record<string, unknown>).server : undefined;
  if (trace === 'messages' || trace === 'verbose') s.trace = trace;
  return s;
}

export class SettingsStore {
  private cache = new Map<string, Promise<PresslintSettings>>();
  /** Settings pushed with didChangeConfiguration, for clients without `workspace/configuration`. */
  private pushed: PresslintSettings = defaultSettings();

  constructor(
    private readonly connection: Connection,
    private readonly canPull: () => boolean,
  ) {}

  /** Settings for a document or folder URI ('' for the global scope). */
  get(scopeUri: string): Promise<PresslintSettings> {
    if (!this.canPull()) return Promise.resolve(this.pushed);
    let p = this.cache.get(scopeUri);
    if (!p) {
      p = this.connection.workspace
        .getConfiguration(scopeUri ? { scopeUri, section: 'presslint' } : { section: 'presslint' })
        .then(normalizeSettings, (err) => {
          this.connection.console.error(`presslint: could not read settings: ${String(err)}`);
          return defaultSettings();
        });
      this.cache.set(scopeUri, p);
    }
    return p;
  }

  /** didChangeConfiguration: forget the cache; keep pushed settings when the client sent them. */
  changed(settings: unknown): void {
    this.cache.clear();
    if (settings && typeof settings === 'object' && 'presslint' in settings) {
      this.pushed = normalizeSettings((settings as Record<string, unknown>).presslint);
    }
  }
}
