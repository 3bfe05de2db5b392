import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { formatSarif, artifactUri } from '../../server/src/engine/format/sarif';
import { RULE_IDS } from '../../server/src/engine/types';
import { sampleResults } from './fixtures';
import { sarifValidator } from './sarifValidator';

const root = path.resolve(__dirname, '..', '..');

describe('format/sarif', () => {
  const validate = sarifValidator();
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

  it('validates against the official SARIF 2.1.0 schema', () => {
    const log = JSON.parse(formatSarif(sampleResults()));
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  });

  it('the schema check can fail (a broken log is rejected)', () => {
    const log = JSON.parse(formatSarif(sampleResults()));
    log.runs[0].results[0].level = 'fatal';
    delete log.runs[0].results[0].message;
    assert.equal(validate(log), false);
  });

  it('describes the tool and all rule families', () => {
    const log = JSON.parse(formatSarif([]));
    assert.equal(log.version, '2.1.0');
    const driver = log.runs[0].tool.driver;
    assert.equal(driver.name, 'presslint');
    assert.equal(driver.version, pkg.version);
    assert.deepEqual(driver.rules.map((r: { id: string }) => r.id), [...RULE_IDS]);
    for (const r of driver.rules) assert.ok(r.shortDescription.text.length > 10);
    assert.deepEqual(log.runs[0].results, []);
    assert.ok(validate(log), JSON.stringify(validate.errors));
  });

  it('maps severities, regions and fixes', () => {
    const log = JSON.parse(formatSarif(sampleResults()));
    const results = log.runs[0].results;
    assert.deepEqual(results.map((r: { level: string }) => r.level), ['error', 'warning', 'error', 'note']);
    const first = results[0];
    assert.equal(first.ruleId, 'person-name');
    assert.equal(log.runs[0].tool.driver.rules[first.ruleIndex].id, 'person-name');
    assert.equal(first.message.text, "Did you mean 'Mikuriya'?");
    assert.deepEqual(first.locations[0].physicalLocation, {
      artifactLocation: { uri: 'drafts/a.txt' },
      region: { startLine: 2, startColumn: 7, endLine: 2, endColumn: 14 },
    });
    assert.deepEqual(first.fixes[0].artifactChanges[0].replacements[0], {
      deletedRegion: { startLine: 2, startColumn: 7, endLine: 2, endColumn: 14 },
      insertedContent: { text: 'Mikuriya' },
    });
    assert.equal(results[3].fixes, undefined);
    assert.deepEqual(results[3].partialFingerprints, { 'presslintKey/v1': 'acronym:RILOs' });
    assert.equal(results[3].locations[0].physicalLocation.artifactLocation.uri, 'drafts/b%20c.md');
  });

  it('makes artifact URIs valid URI references', () => {
    assert.equal(artifactUri('a/b c#1.txt'), 'a/b%20c%231.txt');
    assert.equal(artifactUri('../x.md'), '../x.md');
    assert.equal(artifactUri('/tmp/a b.txt'), 'file:///tmp/a%20b.txt');
  });
});
