// Running the built CLI (dist/cli.js) as a real process on real files in temp folders.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Builds dist/ once if it is missing (npm test builds it first anyway). */
export function ensureBuilt(): void {
  if (fs.existsSync(CLI)) return;
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stderr}`);
}

export function cli(args: string[], cwd: string, env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', PRESSLINT_DEBUG: '', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temp folder with the given files (string content is written as UTF-8). */
export function tempProject(files: Record<string, string | Buffer> = {}): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'presslint-cli-')));
  for (const [name, content] of Object.entries(files)) writeFile(dir, name, content);
  return dir;
}

export function writeFile(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

export function removeProject(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** stderr must be exactly one line, and never a stack trace. */
export function oneLine(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => l.length);
  if (lines.length !== 1) throw new Error(`expected one line on stderr, got ${lines.length}:\n${stderr}`);
  if (/^\s+at /m.test(stderr)) throw new Error(`stack trace on stderr:\n${stderr}`);
  return lines[0];
}

/** A form no corpus contains, rejected in presslint.json: the engine must always flag and replace it. */
export const REJECTED = { wrong: 'Frobnicated Outreach Scheme', right: 'Frobnication Outreach Scheme' };

export function configWith(rulesLevel?: 'error' | 'warning' | 'info' | 'off', extra: Record<string, unknown> = {}): string {
  const rules = rulesLevel
    ? Object.fromEntries(
        ['person-name', 'programme-name', 'org-name', 'wrong-title', 'title-org-mismatch', 'acronym', 'case-hyphen', 'inconsistency'].map(
          (id) => [id, rulesLevel],
        ),
      )
    : undefined;
  return JSON.stringify({ reject: [REJECTED], ...(rules ? { rules } : {}), ...extra }, null, 2) + '\n';
}

export const CLEAN_DRAFT = 'The committee met on Tuesday to discuss the annual report.\n';
export const DRAFT_WITH_REJECTED = `The committee met on Tuesday.\nThe ${REJECTED.wrong} starts in June.\n`;
