import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, cli, ensureBuilt } from './helpers';

describe('CLI help and version', () => {
  before(ensureBuilt);

  it('--version prints the package version', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const r = cli(['--version'], ROOT);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, `${pkg.version}\n`);
  });

  it('--help lists the commands and exit codes', () => {
    const r = cli(['--help'], ROOT);
    assert.equal(r.code, 0);
    for (const s of ['presslint lint', 'presslint learn', 'presslint terms QUERY', '--corpus', '--config', 'Exit codes']) {
      assert.ok(r.stdout.includes(s), s);
    }
    assert.equal(r.stderr, '');
  });

  it('each command has its own --help', () => {
    for (const [cmd, flag] of [['lint', '--max-warnings'], ['learn', '--out'], ['terms', 'QUERY']]) {
      const r = cli([cmd, '--help'], ROOT);
      assert.equal(r.code, 0, cmd);
      assert.ok(r.stdout.includes(flag), `${cmd} --help mentions ${flag}`);
    }
  });

  it('no command prints the help on stderr and exits 2', () => {
    const r = cli([], ROOT);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /Usage:/);
  });
});
