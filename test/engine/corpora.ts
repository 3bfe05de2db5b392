// The corpora the engine tests learn from: the shipped seeds, the invented fixture corpora (corpus-b to -k) and a
// small invented city written here.
import fs from 'node:fs';
import path from 'node:path';
import type { CorpusDocument, TermBase } from '../../server/src/engine/types';
import { learnTermBase } from '../../server/src/engine/learn/learnTermBase';

const root = path.resolve(__dirname, '..', '..');

export function readFolder(rel: string): CorpusDocument[] {
  const dir = path.join(root, rel);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ file: `${rel}/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

let seeds: TermBase | undefined;
let corpusB: TermBase | undefined;
let corpusC: TermBase | undefined;
let corpusD: TermBase | undefined;
let corpusE: TermBase | undefined;
let corpusF: TermBase | undefined;
let corpusG: TermBase | undefined;
let corpusH: TermBase | undefined;
let corpusI: TermBase | undefined;
let corpusK: TermBase | undefined;
let portArdent: TermBase | undefined;
export const seedTermBase = () => (seeds ??= learnTermBase(readFolder('seeds')));
export const corpusBTermBase = () => (corpusB ??= learnTermBase(readFolder('test/fixtures/corpus-b')));
export const corpusCTermBase = () => (corpusC ??= learnTermBase(readFolder('test/fixtures/corpus-c')));
export const corpusDTermBase = () => (corpusD ??= learnTermBase(readFolder('test/fixtures/corpus-d')));
export const corpusETermBase = () => (corpusE ??= learnTermBase(readFolder('test/fixtures/corpus-e')));
export const corpusFTermBase = () => (corpusF ??= learnTermBase(readFolder('test/fixtures/corpus-f')));
export const corpusGTermBase = () => (corpusG ??= learnTermBase(readFolder('test/fixtures/corpus-g')));
export const corpusHTermBase = () => (corpusH ??= learnTermBase(readFolder('test/fixtures/corpus-h')));
export const corpusITermBase = () => (corpusI ??= learnTermBase(readFolder('test/fixtures/corpus-i')));
export const corpusKTermBase = () => (corpusK ??= learnTermBase(readFolder('test/fixtures/corpus-k')));

/** A city government's release, American style ("PORT ARDENT, Ore. — "). */
export const cityNews = (headline: string, date: string, body: string) => `${headline}\n\n${date}\n\nPORT ARDENT, Ore. — ${body}\n`;

/**
 * Three releases of an invented city (made up for these tests, unlike the fixture corpora): a mayor swears in a
 * police chief; a new mayor is sworn in as "the 41st Mayor"; a councilmember with a generational suffix
 * ("Felix Moreau Jr.") is elected Council President.
 */
/**
 * Three releases of an invented Australian marine institute (made up for these tests): post-nominals ("Professor Ruth
 * Calder AO"), forms of address after a title ("Chief Executive Officer Ms Dana Kerr"), a company named without its
 * legal form, a retirement announced for a date, an acting chief executive confirmed.
 */
let coralSea: TermBase | undefined;
export const coralSeaTermBase = () =>
  (coralSea ??= learnTermBase([
    { file: 'a.txt', text: 'Coral Sea Marine Institute opens reef laboratory\n\nDARWIN, 14 March 2018 — The Coral Sea Marine Institute (CSMI) today opened a new reef laboratory in Darwin. CSMI Chief Executive Officer Professor Ruth Calder AO said the laboratory would double the Institute\'s testing capacity.\n\nCSMI Chief Scientist Adjunct Professor Ian Moresby PSM said the first studies would begin in May. Reef Diagnostics Pty Ltd, a Townsville company, supplied the equipment. Reef Diagnostics Chief Executive Officer Ms Dana Kerr said the company was proud to be involved.\n' },
    { file: 'b.txt', text: 'CSMI Chief Scientist to retire; acting chief executive appointed\n\nDARWIN, 1 June 2019 — The Coral Sea Marine Institute (CSMI) today announced that its Chief Scientist, Adjunct Professor Ian Moresby PSM, will retire on 30 September 2019 after ten years in the role.\n\nThe Board has appointed Dr Tom Varga FAA, Deputy Director (Research), as Acting Chief Executive Officer from 1 July 2019.\n' },
    { file: 'c.txt', text: 'Dr Tom Varga confirmed as Chief Executive Officer\n\nDARWIN, 20 February 2020 — The Board of the Coral Sea Marine Institute (CSMI) has confirmed Dr Tom Varga FAA as Chief Executive Officer following a national search.\n' },
  ]));

/**
 * Two releases of an invented national ministry, in the style of an Indian government release (made up for these
 * tests): the issuing ministry's name above the headline, a public-sector "... Limited", a scheme "of the Ministry".
 */
let coastalShipping: TermBase | undefined;
export const coastalShippingTermBase = () =>
  (coastalShipping ??= learnTermBase([
    { file: 'a.txt', text: "Ministry of Coastal Shipping\n\nUnion Minister Shri Arvind Rao reviews port works\n\nNew Delhi, 8 September 2019\n\nThe Union Minister of Coastal Shipping, Shri Arvind Rao, today reviewed works under the Central Sector Scheme of the Ministry of Coastal Shipping (MoCS). Sagar Vahan Nigam Limited (SVNL), a public sector undertaking, presented its progress. The Secretary of the Ministry, Smt. Meera Iyer, said the works were on schedule.\n" },
    { file: 'b.txt', text: "Ministry of Coastal Shipping\n\nMinistry of Coastal Shipping signs pact with Sagar Vahan Nigam Limited\n\nMumbai, 2 March 2021\n\nThe Ministry of Coastal Shipping (MoCS) today signed a pact with Sagar Vahan Nigam Limited (SVNL). Union Minister Shri Arvind Rao and the Secretary of the Ministry, Smt. Meera Iyer, attended.\n" },
  ]));

export const portArdentTermBase = () =>
  (portArdent ??= learnTermBase([
    { file: 'a.txt', text: cityNews('Mayor Brandt Swears In New Police Chief', 'March 1, 2016', 'Mayor Helen V. Brandt today swore in Oscar Lindahl as Chief of Police of the Port Ardent Police Department (PAPD). Councilmember Felix Moreau Jr., who represents District 4, welcomed the new chief.\n\n"Oscar Lindahl has spent twenty years on our streets," said Mayor Brandt.') },
    { file: 'b.txt', text: cityNews('Pike Sworn In as Mayor', 'January 6, 2020', 'Joanna Pike was sworn in today as the 41st Mayor of Port Ardent, succeeding former Mayor Helen V. Brandt. Chief of Police Oscar Lindahl and Councilmember Felix Moreau Jr. attended the ceremony.\n\n"I will work for every neighborhood," said Mayor Pike.') },
    { file: 'c.txt', text: cityNews('Moreau Elected Council President', 'January 10, 2022', 'The Port Ardent City Council today elected Councilmember Felix Moreau Jr. as Council President for 2022.\n\n"The council will meet in every district this year," said Council President Moreau. Mayor Joanna Pike congratulated him.') },
  ]));

/**
 * Three releases of an invented English university and its partners (made up for these tests): a hospital trust
 * defined with an acronym of its first words ("Moorvale Community Hospitals NHS Foundation Trust (MCH)"), a partner's
 * chief operating officer written with an acronym the corpus never defines ("Chief Operating Officer of DRT"), a councillor, a
 * city council's fare-capping scheme also written as two words, and "computer program" in a "programme" house.
 */
export const moorvaleRelease = (date: string, body: string) => `Press Release\n\nMoorvale University news\n\nHarrogate, ${date} – ${body}\n`;
let moorvale: TermBase | undefined;
export const moorvaleTermBase = () =>
  (moorvale ??= learnTermBase([
    { file: '2016-03-10-lung-centre.txt', text: moorvaleRelease('10 March 2016', 'Moorvale University and Moorvale Community Hospitals NHS Foundation Trust (MCH) today opened a lung research centre funded by the Dales Lung Trust (DLT). Helen Ashworth, Chief Executive of MCH, said the centre would serve every ward. Martin Cole, Chief Executive of the Dales Lung Trust, said the charity was proud. Tariq Osman, Chief Operating Officer of DRT, said his company had built the centre. Councillor Alice Barraclough welcomed the centre. The centre\'s computer program models the airways, and the programme will train 40 nurses.') },
    { file: '2017-05-02-fare-scheme.txt', text: moorvaleRelease('2 May 2017', 'Students will benefit from a fare-capping scheme run by Harrogate Borough Council. "Fare capping is the fairest way to price a bus ride," said Councillor Alice Barraclough. Martin Cole, Chief Executive of the DLT, said the charity would fund passes for patients. Grace Ibe, Chief Operating Officer of MCH, welcomed the scheme. The University programme for student travel starts in September.') },
    { file: '2018-09-14-trial.txt', text: moorvaleRelease('14 September 2018', 'Moorvale Community Hospitals NHS Foundation Trust (MCH) will run the first trial. Helen Ashworth, Chief Executive of MCH, said patients would be recruited in the autumn. Councillor Alice Barraclough said the council would help. Tariq Osman, Chief Operating Officer of DRT, said the new wing would be finished by June. Grace Ibe, Chief Operating Officer of MCH, said the wards were ready. The programme is funded until 2021.') },
  ]));

export function person(tb: TermBase, fullName: string) {
  const p = tb.people.find((x) => x.fullName === fullName);
  if (!p) throw new Error(`no person ${fullName}; have ${tb.people.map((x) => x.fullName).join(', ')}`);
  return p;
}

/** Roles as compact strings: "Secretary General @WCO current from 2009-01-01". */
export function roleStrings(tb: TermBase, fullName: string): string[] {
  return person(tb, fullName)
    .roles.map((r) => [r.title, r.organization ? `@${r.organization}` : '', r.status, r.from ? `from ${r.from}` : '', r.until ? `until ${r.until}` : ''].filter(Boolean).join(' '))
    .sort();
}
