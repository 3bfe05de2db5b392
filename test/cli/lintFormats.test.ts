// `presslint lint` output formats, run as a real process.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { sarifValidator } from '../format/sarifValidator';
import { CLEAN_DRAFT, DRAFT_WITH_REJECTED, REJECTED, ROOT, cli, configWith, ensureBuilt, removeProject, tempProject } from './helpers';

describe('CLI lint output', () => {
  let dir: string;
  before(ensureBuilt);
  beforeEach(() => {
    dir = tempProject({
      'presslint.json': configWith('error'),
      'drafts/a.txt': DRAFT_WITH_REJECTED,
      'drafts/clean.txt': CLEAN_DRAFT,
      'drafts/notes.md': `# Notes\n\nWe discussed the ${REJECTED.wrong}.\n`,
      'drafts/node_modules/dep/readme.md': DRAFT_WITH_REJECTED,
      'drafts/.git/x.txt': DRAFT_WITH_REJECTED,
      'drafts/dist/out.txt': DRAFT_WITH_REJECTED,
      'drafts/data.json': '{}',
    });
  });
  afterEach(() => removeProject(dir));

  it('--format json prints one array of the contract records; suggestions[0] fits the range', () => {
    const r = cli(['lint', '--format', 'json', 'drafts'], dir);
    assert.equal(r.code, 1, r.stderr);
    const records = JSON.parse(r.stdout);
    assert.ok(Array.isArray(records));
    const files = [...new Set(records.map((x: { file: string }) => x.file))].sort();
    assert.deepEqual(files, ['drafts/a.txt', 'drafts/notes.md'], 'node_modules, .git and dist are skipped');
    for (const rec of records) {
      assert.deepEqual(Object.keys(rec), ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'ruleId', 'message', 'suggestions']);
      assert.equal(rec.severity, 'error');
      assert.ok(rec.line >= 1 && rec.column >= 1 && rec.endLine >= rec.line);
    }
    // The engine may narrow the range to the words that differ; applying suggestions[0] to exactly
    // [column, endColumn) must give the right form.
    const lines = fs.readFileSync(path.join(dir, 'drafts/a.txt'), 'utf8').split('\n');
    const rejected = records.find((x: { file: string; line: number }) => x.file === 'drafts/a.txt' && x.line === 2);
    assert.ok(rejected, `no diagnostic for the rejected form:\n${r.stdout}`);
    assert.equal(rejected.endLine, rejected.line);
    const line = lines[rejected.line - 1];
    const fixed = line.slice(0, rejected.column - 1) + rejected.suggestions[0] + line.slice(rejected.endColumn - 1);
    assert.equal(fixed, line.replace(REJECTED.wrong, REJECTED.right));
  });

  it('--format json prints [] for clean drafts and exits 0', () => {
    const r = cli(['lint', '--format', 'json', 'drafts/clean.txt'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), []);
  });

  it('--format sarif validates against the SARIF 2.1.0 schema', () => {
    const r = cli(['lint', '--format', 'sarif', 'drafts'], dir);
    assert.equal(r.code, 1, r.stderr);
    const log = JSON.parse(r.stdout);
    const validate = sarifValidator();
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(log.runs[0].tool.driver.version, pkg.version);
    const result = log.runs[0].results.find((x: { fixes?: unknown[] }) => x.fixes);
    assert.ok(result, 'a result with a fix');
    const inserted = result.fixes[0].artifactChanges[0].replacements[0].insertedContent.text;
    assert.ok(inserted && REJECTED.right.includes(inserted), inserted);
  });

  it('--format github prints workflow commands', () => {
    const r = cli(['lint', '--format', 'github', 'drafts/a.txt'], dir);
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.ok(lines.length >= 1);
    for (const l of lines) assert.match(l, /^::error file=drafts\/a\.txt,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=presslint [a-z-]+::\S/);
  });

  it('text format lists problems per file and a summary, without colour when not a TTY', () => {
    const r = cli(['lint', 'drafts'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^drafts\/a\.txt$/m);
    assert.match(r.stdout, /^ {2}\d+:\d+ +error +.+ +[a-z-]+$/m);
    assert.match(r.stdout, /^\u2716 \d+ problems? \(\d+ errors?, 0 warnings\)$/m);
    assert.ok(!r.stdout.includes('\u001b['));
  });

  it('--quiet reports errors only', () => {
    fs.writeFileSync(path.join(dir, 'presslint.json'), configWith('warning'));
    const loud = cli(['lint', 'drafts/a.txt'], dir);
    assert.equal(loud.code, 0);
    assert.match(loud.stdout, /warning/);
    const quiet = cli(['lint', '--quiet', 'drafts/a.txt'], dir);
    assert.equal(quiet.code, 0);
    assert.equal(quiet.stdout, '');
  });

  it('leaves out files matching ignore globs from presslint.json', () => {
    fs.writeFileSync(path.join(dir, 'presslint.json'), configWith('error', { ignore: ['drafts/a.txt', '*.md'] }));
    const r = cli(['lint', '--format', 'json', 'drafts'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), []);
  });

  it('lints files matched by a glob', () => {
    const r = cli(['lint', '--format', 'json', 'drafts/*.md'], dir);
    assert.equal(r.code, 1, r.stderr);
    const files = new Set(JSON.parse(r.stdout).map((x: { file: string }) => x.file));
    assert.deepEqual([...files], ['drafts/notes.md']);
  });

  it('reads presslint.json from --config', () => {
    fs.renameSync(path.join(dir, 'presslint.json'), path.join(dir, 'other.json'));
    const without = cli(['lint', 'drafts/a.txt'], dir);
    assert.equal(without.code, 0, 'without the config the made-up form is unknown, so not an error');
    const withConfig = cli(['lint', '--config', 'other.json', 'drafts/a.txt'], dir);
    assert.equal(withConfig.code, 1, withConfig.stderr);
  });

  it('skips binary files found in a folder with a notice', () => {
    fs.writeFileSync(path.join(dir, 'drafts/blob.txt'), Buffer.from([1, 2, 0, 3]));
    const r = cli(['lint', '--format', 'json', 'drafts'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^presslint: skipped drafts\/blob\.txt: binary file \(contains NUL bytes\)$/m);
    JSON.parse(r.stdout);
  });
});
