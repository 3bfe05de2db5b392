// case-hyphen, house capitals: common words an invented commission always capitalizes where they stand alone
// ("the Contracting States", "Riparian communities", "Cabinet agreed") are learned from its releases; a draft's lower
// case breaks the house style. The same words in another sense, a word the corpus also writes in lower case, and
// corpora without such words stay silent.
import assert from 'node:assert/strict';
import { learnTermBase } from '../../server/src/engine/learn/learnTermBase';
import { expectClean, expectFlagAndFix, lint, release } from './helpers';

const RULE = 'case-hyphen';

function commissionRelease(file: string, date: string, body: string) {
  return { file, text: release('Lake Varna Basin Commission news', date, `KISUMU, ${date} – ${body}`) };
}

const corpus = [
  commissionRelease('2019-03-04-budget.txt', '4 March 2019', 'The Lake Varna Basin Commission (LVBC) presented its budget to the Contracting States on Monday. A third of the funds will go to Riparian communities, said Executive Secretary Okello Mbeki. The Contracting States agreed the plan.'),
  commissionRelease('2020-06-11-fisheries.txt', '11 June 2020', 'The LVBC asked the Contracting States to close the breeding grounds for two months. The LVBC will support Riparian communities during the closure. The Council of Ministers met in Arusha.'),
  commissionRelease('2021-09-30-water.txt', '30 September 2021', 'Water levels rose again, and Riparian communities were moved to higher ground. "Cabinet agreed to fund the dykes," said Mr Mbeki. The Contracting States will share the cost, and Cabinet approved the first tranche.'),
  commissionRelease('2022-02-14-survey.txt', '14 February 2022', 'A new survey of the lake covers all five Contracting States. The findings go to Cabinet approval in March, and a summary to Cabinet members. The state of the shoreline is worse than in 2019, and the lake remains the region\u2019s main source of protein.'),
];

describe('rules: case-hyphen (house capitals learned from the corpus)', () => {
  const tb = learnTermBase(corpus);

  it('learns the pair and the words the corpus always capitalizes standing alone, with the company each word keeps', () => {
    const forms = (tb.houseCapitals ?? []).map((h) => h.form);
    assert.ok(forms.includes('Contracting States'), forms.join(', '));
    const riparian = tb.houseCapitals!.find((h) => h.form === 'Riparian');
    assert.ok(riparian?.neighbours?.includes('communities'), JSON.stringify(riparian));
    // Capitalized only inside a name ("Council of Ministers", "Lake Varna"), or only at a sentence's start: no house style.
    assert.ok(!forms.some((f) => /Council|Ministers|Lake|Water/.test(f)), forms.join(', '));
  });

  it('flags a lower-case pair ("the contracting states") and fixes it to the house form', () => {
    const draft = release('Levy agreed', '9 March 2026', 'KISUMU, 9 March 2026 – The LVBC and the contracting states agreed a new fishing levy on Monday.');
    expectFlagAndFix(draft, tb, RULE, [{ text: 'contracting states', fix: 'Contracting States' }]);
  });

  it('flags one word in the company the corpus keeps it in ("riparian communities", "the cabinet approved")', () => {
    const draft = release('Dykes', '9 March 2026', 'KISUMU, 9 March 2026 – The dykes protect riparian communities on the eastern shore. Mr Mbeki said the cabinet approved the second tranche last week.');
    expectFlagAndFix(draft, tb, RULE, [
      { text: 'riparian', fix: 'Riparian' },
      { text: 'cabinet', fix: 'Cabinet' },
    ]);
  });

  it('stays silent on the same word in other company, after an article, and when capitalized as the house writes it', () => {
    const draft = release(
      'Dykes',
      '9 March 2026',
      'KISUMU, 9 March 2026 – The engineers keep their drawings in a cabinet at the site office. Riparian communities and the Contracting States share the cost. Land rights of riparian owners were settled in 2024.',
    );
    expectClean(draft, tb, RULE);
  });

  it('learns nothing from a word the corpus also writes in lower case ("the state of the shoreline")', () => {
    assert.ok(!(tb.houseCapitals ?? []).some((h) => h.form === 'State'));
    const draft = release('Shoreline', '9 March 2026', 'KISUMU, 9 March 2026 – The state of the shoreline has improved since the contracting states closed the breeding grounds.');
    assert.deepEqual(lint(draft, tb).filter((f) => f.rule === RULE).map((f) => f.text), ['contracting states']);
  });

  it('leaves the draft\'s own majority alone for a house capital: the lower-case uses are the case-hyphen rule\'s, not inconsistency\'s', () => {
    const draft = release('Levy', '9 March 2026', 'KISUMU, 9 March 2026 – The levy was welcomed by Riparian communities. Two riparian communities in the south asked for an exemption, and riparian communities in the north asked for training.');
    const flags = lint(draft, tb);
    assert.deepEqual(flags.map((f) => [f.rule, f.text]), [[RULE, 'riparian'], [RULE, 'riparian']]);
  });
});
