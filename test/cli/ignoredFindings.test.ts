// Findings dismissed in the editor ("Ignore here", .presslint/ignored.json) stay dismissed in CI.
import assert from 'node:assert/strict';
import { cli, ensureBuilt, tempProject, writeFile } from './helpers';

describe('presslint lint honours .presslint/ignored.json', () => {
  before(ensureBuilt);

  it('drops exactly the dismissed finding, by its key', () => {
    const dir = tempProject({ 'drafts/a.txt': 'The Global Shied Programme grew. Director Napolitano spoke.\n' });
    const first = cli(['lint', 'drafts', '--format', 'json'], dir);
    const all = JSON.parse(first.stdout) as { ruleId: string; message: string }[];
    assert.deepEqual(all.map((d) => d.ruleId).sort(), ['programme-name', 'wrong-title']);

    const json = JSON.parse(cli(['lint', 'drafts', '--format', 'sarif'], dir).stdout);
    const programme = json.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'programme-name');
    const key = Object.values(programme.partialFingerprints)[0] as string;
    writeFile(dir, '.presslint/ignored.json', JSON.stringify({ 'drafts/a.txt': [key] }));

    const second = cli(['lint', 'drafts', '--format', 'json'], dir);
    assert.deepEqual((JSON.parse(second.stdout) as { ruleId: string }[]).map((d) => d.ruleId), ['wrong-title']);
  });

  it('ignores a malformed ignore file instead of failing', () => {
    const dir = tempProject({ 'a.txt': 'The Global Shied Programme grew.\n', '.presslint/ignored.json': '{ not json' });
    const r = cli(['lint', 'a.txt', '--format', 'json'], dir);
    assert.equal(r.code, 1);
    assert.equal(JSON.parse(r.stdout).length, 1);
  });
});
