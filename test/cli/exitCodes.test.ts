// Exit codes pinned (0 clean, 1 errors or too many warnings, 2 usage/input error), in the manner of
// textlint's cli-exit-status tests: each row is a real process on real files.
import { strict as assert } from 'node:assert';
import { CLEAN_DRAFT, DRAFT_WITH_REJECTED, cli, configWith, ensureBuilt, oneLine, removeProject, tempProject } from './helpers';

interface Row {
  name: string;
  files: Record<string, string | Buffer>;
  args: string[];
  code: 0 | 1 | 2;
  /** For code 2: the exact one-line stderr ({dir} is the project folder). */
  stderr?: string | RegExp;
}

const ROWS: Row[] = [
  { name: 'clean draft', files: { 'a.txt': CLEAN_DRAFT }, args: ['lint', 'a.txt'], code: 0 },
  { name: 'clean folder (default target .)', files: { 'drafts/a.txt': CLEAN_DRAFT, 'drafts/b.md': `# Title\n\n${CLEAN_DRAFT}` }, args: ['lint'], code: 0 },
  { name: 'error', files: { 'presslint.json': configWith('error'), 'a.txt': DRAFT_WITH_REJECTED }, args: ['lint', 'a.txt'], code: 1 },
  { name: 'error in json format', files: { 'presslint.json': configWith('error'), 'a.txt': DRAFT_WITH_REJECTED }, args: ['lint', '--format', 'json', 'a.txt'], code: 1 },
  { name: 'warnings only', files: { 'presslint.json': configWith('warning'), 'a.txt': DRAFT_WITH_REJECTED }, args: ['lint', 'a.txt'], code: 0 },
  { name: 'warnings over --max-warnings 0', files: { 'presslint.json': configWith('warning'), 'a.txt': DRAFT_WITH_REJECTED }, args: ['lint', '--max-warnings', '0', 'a.txt'], code: 1 },
  { name: 'warnings within --max-warnings 5', files: { 'presslint.json': configWith('warning'), 'a.txt': DRAFT_WITH_REJECTED }, args: ['lint', '--max-warnings', '5', 'a.txt'], code: 0 },
  { name: 'info only', files: { 'presslint.json': configWith('info'), 'a.txt': DRAFT_WITH_REJECTED }, args: ['lint', '--max-warnings', '0', 'a.txt'], code: 0 },
  { name: 'rules off', files: { 'presslint.json': configWith('off'), 'a.txt': DRAFT_WITH_REJECTED }, args: ['lint', 'a.txt'], code: 0 },
  { name: '--fix fixes the error', files: { 'presslint.json': configWith('error'), 'a.txt': DRAFT_WITH_REJECTED }, args: ['lint', '--fix', 'a.txt'], code: 0 },
  { name: '--help', files: {}, args: ['--help'], code: 0 },
  { name: '--version', files: {}, args: ['--version'], code: 0 },

  { name: 'no command', files: {}, args: [], code: 2 },
  { name: 'unknown command', files: {}, args: ['frobnicate'], code: 2, stderr: 'presslint: unknown command "frobnicate" (see presslint --help)' },
  { name: 'unknown flag', files: { 'a.txt': CLEAN_DRAFT }, args: ['lint', '--bogus', 'a.txt'], code: 2, stderr: 'presslint: unknown option --bogus (see presslint --help)' },
  { name: 'unknown global flag', files: {}, args: ['--bogus'], code: 2, stderr: 'presslint: unknown option --bogus (see presslint --help)' },
  { name: 'flag without its value', files: {}, args: ['lint', '--format'], code: 2, stderr: 'presslint: option --format needs a value (see presslint --help)' },
  { name: 'unknown format', files: { 'a.txt': CLEAN_DRAFT }, args: ['lint', '--format', 'xml', 'a.txt'], code: 2, stderr: 'presslint: unknown format "xml": use one of text, json, sarif, github (see presslint --help)' },
  { name: 'bad --max-warnings', files: { 'a.txt': CLEAN_DRAFT }, args: ['lint', '--max-warnings', 'many', 'a.txt'], code: 2, stderr: 'presslint: --max-warnings needs a whole number (0 or more) (see presslint --help)' },
  { name: 'missing corpus', files: { 'a.txt': CLEAN_DRAFT }, args: ['lint', '--corpus', 'no-such-dir', 'a.txt'], code: 2, stderr: 'presslint: corpus folder not found: no-such-dir' },
  { name: 'empty corpus', files: { 'a.txt': CLEAN_DRAFT, 'corpus/readme.json': '{}' }, args: ['lint', '--corpus', 'corpus', 'a.txt'], code: 2, stderr: 'presslint: corpus is empty: corpus' },
  { name: 'missing corpus named in presslint.json', files: { 'presslint.json': '{"corpus": ["releases"]}', 'a.txt': CLEAN_DRAFT }, args: ['lint', 'a.txt'], code: 2, stderr: 'presslint: corpus folder not found: releases' },
  { name: 'malformed presslint.json', files: { 'presslint.json': '{\n  "accept": ["x"]\n  "reject": []\n}\n', 'a.txt': CLEAN_DRAFT }, args: ['lint', 'a.txt'], code: 2, stderr: 'presslint: presslint.json:3:3: syntax error: comma expected' },
  { name: 'unknown key in presslint.json', files: { 'presslint.json': '{\n  "accept": [],\n  "rulez": {}\n}\n', 'a.txt': CLEAN_DRAFT }, args: ['lint', 'a.txt'], code: 2, stderr: 'presslint: presslint.json:3:3: unknown key "rulez"' },
  { name: 'bad rule level in presslint.json', files: { 'presslint.json': '{"rules": {"acronym": "loud"}}', 'a.txt': CLEAN_DRAFT }, args: ['lint', 'a.txt'], code: 2, stderr: 'presslint: presslint.json:1:12: rules.acronym: expected one of error, warning, info, off' },
  { name: 'missing --config file', files: { 'a.txt': CLEAN_DRAFT }, args: ['lint', '--config', 'nope.json', 'a.txt'], code: 2, stderr: /^presslint: config file not found: .*nope\.json$/ },
  { name: 'glob matching nothing', files: { 'a.txt': CLEAN_DRAFT }, args: ['lint', 'drafts/**/*.md'], code: 2, stderr: 'presslint: no files match drafts/**/*.md' },
  { name: 'missing file', files: {}, args: ['lint', 'nope.txt'], code: 2, stderr: 'presslint: file not found: nope.txt' },
  { name: 'folder without drafts', files: { 'notes/x.json': '{}' }, args: ['lint', 'notes'], code: 2, stderr: 'presslint: no .txt or .md files to lint in notes' },
  { name: 'binary file named explicitly', files: { 'a.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]) }, args: ['lint', 'a.txt'], code: 2, stderr: 'presslint: cannot lint a.txt: binary file (contains NUL bytes)' },
  { name: 'terms without a query', files: {}, args: ['terms'], code: 2, stderr: /^presslint: terms needs a QUERY/ },
  { name: 'learn with a stray argument', files: {}, args: ['learn', 'extra'], code: 2, stderr: 'presslint: unexpected argument extra (see presslint --help)' },
];

describe('CLI exit codes', () => {
  before(ensureBuilt);

  for (const row of ROWS) {
    it(`${row.code}: ${row.name}`, () => {
      const dir = tempProject(row.files);
      try {
        const r = cli(row.args, dir);
        assert.equal(r.code, row.code, `exit code for ${row.args.join(' ')}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
        assert.ok(!/^\s+at /m.test(r.stderr), `stack trace on stderr:\n${r.stderr}`);
        if (row.stderr !== undefined) {
          const line = oneLine(r.stderr);
          if (typeof row.stderr === 'string') assert.equal(line, row.stderr);
          else assert.match(line, row.stderr);
          assert.equal(r.stdout, '', 'nothing on stdout for an input error');
        }
      } finally {
        removeProject(dir);
      }
    });
  }
});
