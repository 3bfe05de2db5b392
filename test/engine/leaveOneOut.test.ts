// Real published releases the learner has not seen: each seed linted against a term base learned from the
// other four. Only the seeds' own known errors may come out (precision on real text).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
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

// The invented corpora (test/fixtures/corpus-b ... corpus-z), each release against the rest of its corpus: the
// releases that announce a new title, those from before an appointment and those that use a word two ways are
// published text too. What may come out: each corpus's planted slips (its README lists them) and the cases listed
// as still open. A change that adds a diagnostic here adds a false positive on real releases of that shape.
describe('each release of the invented corpora against the rest of its corpus', () => {
  const corpora = fs.readdirSync(path.join(__dirname, '..', 'fixtures')).filter((d) => /^corpus-[a-z]{1,2}$/.test(d)).sort();
  const found: string[] = [];
  // In date order (the files' names start with their dates), each release against only those before it, from the
  // third: the releases that announce a promotion are linted against a corpus that knows the old title only.
  const foundAgainstEarlier: string[] = [];
  const slipRelease = /Initative|Genral|Valey|Ragunathan|Conectivity|Vasilesku|GridSence|Kowalcyzk|Kaborè|Jónsdótir|Milstone|Venkatraman|Gurantee|Rosenthall|Lindquist|Prarie|Winterbotham|Wold\b|Iyenger|Yojna|Okonkow|Processor\b|Oyelarin|Acess\b|Marchette|Iniative|Intergrated|Mwakalinda|Developpement|Park -> Parks|\bKCR\b|Rangihunna|Programe\b|Resilence|\bLWCS\b|Okafer|Intiative|\bCRUC\b|Insitute|\bCREC\b|Mkhise|Contracter|\bECDIA\b|\bNRCP\b|Improvment|Bursery|Leung|Recovey|Projet\b|Husain/;
  before(function () {
    this.timeout(300_000); // a term base per release and another per release from the third, each from up to 9 releases
    for (const c of corpora) {
      const docs = readFolder(`test/fixtures/${c}`);
      docs.forEach((d, i) => {
        const tag = (x: { ruleId: string; start: number; end: number; suggestions: string[] }) => `${c} ${path.basename(d.file).slice(0, 10)} ${x.ruleId}: ${d.text.slice(x.start, x.end)} -> ${x.suggestions[0]}`;
        for (const x of lintText(d.text, learnTermBase(docs.filter((o) => o !== d)))) found.push(tag(x));
        if (i >= 2) for (const x of lintText(d.text, learnTermBase(docs.slice(0, i)))) foundAgainstEarlier.push(tag(x));
      });
    }
  });

  it('finds the 31 invented corpora and reports their planted slips', () => {
    assert.equal(corpora.length, 31);
    const slips = [
      'corpus-b 2021-09-22 programme-name: Initative -> Initiative',
      'corpus-b 2022-03-15 wrong-title: Director-Genral -> Director-General',
      'corpus-c 2022-03-22 programme-name: Valey -> Valley',
      'corpus-c 2023-09-14 person-name: Ragunathan -> Raghunathan',
      'corpus-d 2021-06-15 programme-name: Conectivity -> Connectivity',
      'corpus-d 2023-10-10 person-name: Vasilesku -> Vasilescu',
      'corpus-e 2020-10-27 programme-name: GridSence -> GridSense',
      'corpus-e 2023-04-25 person-name: Kowalcyzk -> Kowalczyk',
      'corpus-f 2022-06-24 person-name: Dufour-Kaborè -> Dufour-Kaboré',
      'corpus-f 2025-02-18 person-name: Jónsdótir -> Jónsdóttir',
      'corpus-r 2021-11-08 person-name: Winterbotham -> Winterbottom',
      'corpus-r 2023-04-17 org-name: Wold -> Wolds',
      'corpus-s 2018-02-01 person-name: Iyenger -> Iyengar',
      'corpus-s 2021-07-14 programme-name: Yojna -> Yojana',
      'corpus-t 2024-09-12 person-name: Okonkow -> Okonkwo',
      'corpus-t 2025-10-07 org-name: Processor -> Processors',
      'corpus-u 2018-08-21 person-name: Oyelarin -> Oyelaran',
      'corpus-u 2020-06-30 programme-name: Acess -> Access',
      'corpus-v 2019-11-20 person-name: Marchette -> Marchetti',
      'corpus-v 2021-08-24 programme-name: Iniative -> Initiative',
      'corpus-v 2023-07-03 org-name: Park -> Parks',
      'corpus-w 2019-05-08 programme-name: Intergrated -> Integrated',
      'corpus-w 2022-12-08 person-name: Mwakalinda -> Mwakalinga',
      'corpus-w 2025-07-09 org-name: Developpement -> Development',
      'corpus-x 2016-04-20 acronym: KCR -> KRC',
      'corpus-x 2017-09-27 person-name: Rangihunna -> Rangihuna',
      'corpus-x 2018-10-30 programme-name: Programe -> Programme',
      'corpus-y 2016-11-08 person-name: Lindquist -> Lindqvist',
      'corpus-y 2017-05-30 programme-name: Resilence -> Resilience',
      'corpus-y 2018-11-27 acronym: LWCS -> LWSC',
      'corpus-z 2016-06-15 acronym: CRUC -> CURC',
      'corpus-z 2016-11-01 person-name: Okafer -> Okafor',
      'corpus-z 2018-07-24 programme-name: Intiative -> Initiative',
      // The three corpora added in session 14 (a UK university, a South African provincial department, a US transit
      // authority). corpus-aa's "Hinchcliffe" and corpus-ac's "Randal" are not found; the "Improvment" release, held
      // out, leaves the slip the only form of the plan's name in the rest (found, in reverse, on the release with the
      // right form: hidden by the slip pattern).
      'corpus-aa 2017-05-25 org-name: Insitute -> Institute',
      'corpus-aa 2017-11-16 acronym: CREC -> CERC',
      'corpus-ab 2016-10-06 person-name: Mkhise -> Mkhize',
      'corpus-ab 2017-12-07 programme-name: Contracter -> Contractor',
      'corpus-ab 2018-04-19 acronym: ECDIA -> ECIDA',
      'corpus-ac 2017-12-12 acronym: NRCP -> NRPC',
      'corpus-ac 2018-04-17 programme-name: Improvment -> Improvement',
      // The three corpora added late in session 14 (a Kenyan county, a Singapore statutory board, a Canadian Crown
      // corporation): corpus-ad's "Chepkwoni" and "NDOWASSCO" and corpus-ae's "JPW" are not found.
      'corpus-ad 2017-08-21 programme-name: Bursery -> Bursary',
      'corpus-ae 2019-05-14 person-name: Leung -> Leong',
      'corpus-ae 2022-05-26 programme-name: Recovey -> Recovery',
      'corpus-af 2022-03-08 programme-name: Projet -> Project',
      'corpus-af 2025-02-18 person-name: Husain -> Hussain',
    ];
    for (const s of slips) assert.ok(found.includes(s), `missing: ${s}\nfound:\n${found.join('\n')}`);
  });

  it('says nothing else but the cases still open', () => {
    const open = [
      // The three corpora added in session 14, written blind: a post renamed ("Registrar and Chief Operating Officer"
      // from 1 January 2018) known only from the release that says so; a chief financial officer's release held out,
      // where the rest knows her as chief executive from a later date only; an AP-style election "as board chair" with
      // "Both officers take office Jan. 1, 2018" (no date read), so the new chair stays vice chair too.
      'corpus-aa 2018-04-12 wrong-title: Registrar and Chief Operating Officer -> Registrar',
      'corpus-ab 2015-11-05 wrong-title: Chief Financial Officer -> Chief Executive Officer',
      'corpus-ac 2018-04-17 wrong-title: Chair -> Vice Chair',
      // The three corpora added late in session 14, written blind, as first linted (not tuned to): titles held one
      // after another ("Director" then "Deputy Chief Executive", a Parliamentary Secretary made Minister) where the
      // release held out is the one that tells of the change; "County Executive Committee Member" read short.
      'corpus-ad 2017-11-23 wrong-title: County Executive Committee -> Secretary and Head',
      'corpus-ae 2019-11-27 wrong-title: Deputy Director -> Director',
      'corpus-ae 2022-05-26 wrong-title: Director -> Deputy Director',
      'corpus-ae 2024-03-07 programme-name: Passports -> Passport',
      'corpus-ae 2024-03-07 wrong-title: Assistant Chief Executive -> Deputy Director',
      'corpus-ae 2025-02-20 wrong-title: Deputy Chief Executive -> Director',
      'corpus-af 2018-11-20 wrong-title: Executive Director -> Vice-President',
      'corpus-af 2020-02-25 wrong-title: Parliamentary Secretary -> Minister',
      'corpus-af 2020-02-25 wrong-title: Secretary -> Minister',
      'corpus-af 2025-02-18 wrong-title: Minister of Natural Resources -> Parliamentary Secretary',
      'corpus-af 2025-02-18 wrong-title: Minister -> Parliamentary Secretary',
      // "Chief Scientist" read as a title (session 12): a scientist's promotion to Head of Science, told in a later
      // release, against the rest.
      'corpus-g 2017-10-03 wrong-title: Senior Scientist -> Head of Science',
      'corpus-g 2025-03-18 wrong-title: Head of Science -> Senior Scientist',
      // The release that announces the interim title: her title until then ("Vice President, Corporate Finance").
      'corpus-i 2021-02-25 wrong-title: Vice President -> Interim Chief Financial Officer',
      // "Director (Technical)" in the release before the corpus sees him as Managing Director.
      'corpus-n 2019-06-03 wrong-title: Director -> Managing Director',
      // The last three corpora (session 10), not yet worked on: a capital in a unit's name; a new post's title in
      // the release that creates it; acronyms a release uses before defining them; a former Governor's past title.
      'corpus-o 2019-11-04 inconsistency: Crime -> crime',
      'corpus-p 2014-09-03 wrong-title: Assistant Governor for Financial Stability -> Deputy Governor for Financial Stability',
      'corpus-p 2014-09-03 wrong-title: Assistant Governor -> Deputy Governor',
      'corpus-p 2017-12-05 acronym: DFSA -> Dunmara Financial Services Authority (DFSA)',
      'corpus-p 2019-03-29 wrong-title: Acting Governor -> Deputy Governor',
      'corpus-p 2020-04-08 acronym: DFSA -> Dunmara Financial Services Authority (DFSA)',
      'corpus-p 2022-02-10 wrong-title: Governor -> former Governor',
      'corpus-p 2025-06-12 acronym: IMF -> International Monetary Fund (IMF)',
      'corpus-q 2025-09-22 wrong-title: Provost -> Dean',
      // The three corpora added in session 11 (an NHS trust, an Indian ministry, a Canadian agency), written blind:
      // their releases as first linted, not yet worked on.
      'corpus-r 2017-10-02 wrong-title: Deputy Director of Finance -> Director of Finance',
      'corpus-r 2020-02-10 title-org-mismatch: Witham and Welland Hospitals NHS Foundation Trust -> East Midlands Ambulance Service NHS Trust',
      'corpus-r 2020-02-10 wrong-title: Non-Executive Director of the Trust -> Non-Executive Director',
      'corpus-r 2021-11-08 title-org-mismatch: Witham and Welland Hospitals NHS Foundation Trust -> Integrated Care Board',
      'corpus-r 2021-11-08 wrong-title: Deputy Medical Director -> Medical Director',
      'corpus-s 2020-09-15 wrong-title: Principal Scientist -> Director',
      'corpus-s 2025-02-18 title-org-mismatch: Ministry of Rural Crafts -> Ministry of Natural Fibres',
      'corpus-t 2018-03-08 wrong-title: Vice-Chair -> Chair',
      'corpus-t 2018-03-08 wrong-title: Vice-Chair -> Chair',
      'corpus-t 2018-10-18 wrong-title: Parliamentary Secretary -> Minister',
      'corpus-t 2018-10-18 wrong-title: Parliamentary Secretary -> Minister',
      'corpus-t 2020-02-26 inconsistency: QUÉBEC -> quebec',
      'corpus-t 2020-02-26 inconsistency: Québec -> Quebec',
      'corpus-t 2021-06-15 inconsistency: practised -> practized',
      // The three corpora added in session 12 (a listed company, an Australian portfolio, a lake-basin commission),
      // written blind: an organization's name defined two ways once each ("Authority" and the slip "Agency"); a
      // company defined with its legal form; an acronym used before a later definition; a co-founder's titles.
      'corpus-u 2015-06-09 wrong-title: President -> Executive Chair',
      'corpus-u 2020-06-30 org-name: Authority -> Agency',
      'corpus-u 2020-06-30 acronym: Corvanta Grid Services, LLC -> Corvanta Grid Services',
      'corpus-u 2021-08-10 wrong-title: Co-founder -> President',
      'corpus-u 2023-09-19 org-name: Agency -> Authority',
      'corpus-u 2025-05-13 wrong-title: Chief Scientist -> Chief Technology Officer',
      'corpus-u 2025-05-13 org-name: Authority -> Agency',
      'corpus-u 2025-05-13 wrong-title: Executive Chair -> President',
      'corpus-v 2016-07-05 org-name: Act -> Authority',
      'corpus-w 2023-11-16 acronym: WIFO -> World Inland Fisheries Organization (WIFO)',
      // The three corpora added in session 13 (a New Zealand research institute, a Geneva NGO, a US agency), written
      // blind, after the first fixes: a councillor's title in the release that reports his election as Chair; "Program
      // Manager" read as "Manager" before a name, so a promotion told in lower case ("as program manager") is not known.
      'corpus-x 2016-11-09 wrong-title: Councillor -> Chair',
      'corpus-z 2018-10-30 wrong-title: Manager -> Deputy Program Manager',
    ];
    assert.deepEqual(found.filter((f) => !slipRelease.test(f)), open);
  });

  it('against the releases before each: a new title announced, a title held before the corpus knew of it, are not errors', () => {
    assert.deepEqual(foundAgainstEarlier.filter((f) => !slipRelease.test(f)), [
      // The three corpora added in session 14, written blind: as against the rest, and titles announced in the
      // release linted (an interim general manager, then the post itself) against the releases before it.
      'corpus-aa 2018-04-12 wrong-title: Registrar and Chief Operating Officer -> Registrar',
      'corpus-ac 2017-03-07 wrong-title: Interim General Manager -> Chief Operating Officer',
      'corpus-ac 2017-08-08 wrong-title: General Manager and CEO -> Chief Operating Officer',
      'corpus-ac 2018-04-17 wrong-title: Chair -> Vice Chair',
      // The three added late in session 14, as first linted.
      'corpus-ad 2017-02-27 inconsistency: Water -> water',
      'corpus-ad 2017-11-23 wrong-title: County Executive Committee -> Secretary and Head',
      'corpus-ae 2022-05-26 wrong-title: Director -> Deputy Director',
      'corpus-ae 2024-03-07 wrong-title: Assistant Chief Executive -> Deputy Director',
      'corpus-ae 2025-02-20 wrong-title: Deputy Chief Executive -> Director',
      'corpus-af 2025-02-18 wrong-title: Minister of Natural Resources -> Parliamentary Secretary',
      'corpus-af 2025-02-18 wrong-title: Minister -> Parliamentary Secretary',
      // "Chief Scientist" read as a title (session 12): a promotion the corpus has not seen yet.
      'corpus-g 2025-03-18 wrong-title: Head of Science -> Senior Scientist',
      // Re-elected Chair; his national post, seen in the corpus only before his first election, was taken as ended by it.
      'corpus-m 2021-06-17 wrong-title: Director-General of the Bundesamt -> Chair',
      // The last three corpora (session 10), not yet worked on.
      'corpus-p 2017-12-05 acronym: DFSA -> Dunmara Financial Services Authority (DFSA)',
      'corpus-p 2019-03-29 wrong-title: Acting Governor -> Deputy Governor',
      'corpus-p 2020-04-08 acronym: DFSA -> Dunmara Financial Services Authority (DFSA)',
      'corpus-p 2022-02-10 wrong-title: Governor -> former Governor',
      'corpus-p 2025-06-12 acronym: IMF -> International Monetary Fund (IMF)',
      'corpus-q 2025-09-22 wrong-title: Provost -> Dean',
      // The three corpora added in session 11, written blind, as first linted.
      'corpus-r 2020-02-10 title-org-mismatch: Witham and Welland Hospitals NHS Foundation Trust -> East Midlands Ambulance Service NHS Trust',
      'corpus-r 2020-02-10 wrong-title: Non-Executive Director of the Trust -> Non-Executive Director',
      'corpus-r 2023-04-17 wrong-title: Medical Director -> Deputy Medical Director',
      'corpus-s 2025-02-18 title-org-mismatch: Ministry of Rural Crafts -> Ministry of Natural Fibres',
      'corpus-t 2020-02-26 inconsistency: QUÉBEC -> quebec',
      'corpus-t 2020-02-26 wrong-title: Minister of Fisheries -> Parliamentary Secretary',
      'corpus-t 2020-02-26 wrong-title: Minister of Fisheries -> Parliamentary Secretary',
      'corpus-t 2020-02-26 inconsistency: Québec -> Quebec',
      'corpus-t 2021-06-15 inconsistency: practised -> practized',
      'corpus-t 2021-06-15 wrong-title: Chair -> Vice-Chair',
      'corpus-t 2023-08-17 wrong-title: President and Chief Executive Officer -> Vice-President',
      // The three corpora added in session 12, written blind.
      'corpus-u 2021-08-10 wrong-title: Co-founder -> President',
      'corpus-u 2023-09-19 org-name: Agency -> Authority',
      'corpus-u 2023-09-19 acronym: Corvanta Grid Services -> Corvanta Grid Services, LLC',
      'corpus-u 2025-05-13 wrong-title: Chief Scientist -> Chief Technology Officer',
      'corpus-u 2025-05-13 org-name: Authority -> Agency',
      'corpus-u 2025-05-13 wrong-title: Executive Chair -> President',
      'corpus-w 2023-11-16 acronym: WIFO -> World Inland Fisheries Organization (WIFO)',
      // The three corpora added in session 13, written blind.
      'corpus-z 2018-10-30 wrong-title: Manager -> Deputy Program Manager',
    ]);
  });
});
