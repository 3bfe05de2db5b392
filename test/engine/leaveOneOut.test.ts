// Real published releases the learner has not seen: each seed linted against a term base learned from the
// other four. Only the seeds' own known errors may come out (precision on real text).
import assert from 'node:assert/strict';
import { learnTermBase } from '../../server/src/engine/learn/learnTermBase';
import { lintText } from '../../server/src/engine/lint';
import { readFolder } from './corpora';

describe('each seed against the other four (unseen real releases)', () => {
  const docs = readFolder('seeds');
  const found: string[] = [];
  before(() => {
    for (const d of docs) {
      const tb = learnTermBase(docs.filter((x) => x !== d));
      for (const x of lintText(d.text, tb)) found.push(`${d.file.slice(6, 9)} ${x.ruleId}: ${d.text.slice(x.start, x.end)} -> ${x.suggestions[0]}`);
    }
  });

  it('reports only the corpus errors and nothing on correct text', () => {
    assert.deepEqual(found, [
      '000 programme-name: Shied -> Shield',
      '000 programme-name: Shied -> Shield',
      '002 org-name: of -> on',
      '004 inconsistency: programs -> programmes',
      '004 wrong-title: Secretary Genera -> Secretary General',
    ]);
  });
});
