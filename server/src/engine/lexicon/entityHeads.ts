// General English head nouns that say what kind of thing a capitalized name is.
// Language knowledge only: which organizations and programmes exist is learned from the corpus.

export const ORGANIZATION_HEADS = new Set([
  'organization', 'organisation', 'organizations', 'organisations', 'department', 'ministry', 'office',
  'agency', 'bureau', 'commission', 'council', 'committee', 'union', 'association', 'bank', 'fund', 'nations',
  'service', 'services', 'administration', 'authority', 'institute', 'institution', 'secretariat', 'forum',
  'parliament', 'government', 'court', 'police', 'centre', 'center', 'group', 'board', 'federation',
  'corporation', 'company', 'foundation', 'academy', 'university', 'chamber', 'assembly', 'directorate',
  'coalition', 'alliance', 'league', 'society', 'force', 'forces', 'cooperative', 'co-operative', 'partnership',
  'consortium', 'college', 'school', 'hospital', 'laboratory', 'laboratories', 'institutes', 'observatory',
  'division', 'section', 'unit', 'branch', 'network', 'constabulary', 'trust', 'charity', 'municipality',
]);

/**
 * Head nouns that open an organization's name in other European languages ("Agence Nationale de Nutrition",
 * "Croissant-Rouge du Liptako", "Rijksdienst voor de Binnenvaart", "Bundesamt für Güterverkehr"), without
 * diacritics, in lower case.
 */
export const OPENING_ORGANIZATION_HEADS = new Set([
  // French
  'agence', 'ministere', 'office', 'institut', 'direction', 'conseil', 'commission', 'societe', 'association',
  'federation', 'banque', 'caisse', 'organisation', 'reseau', 'union', 'secretariat', 'autorite', 'centre', 'comite',
  'observatoire', 'croix-rouge', 'croissant-rouge', 'fondation', 'universite', 'ecole', 'chambre', 'assemblee',
  'cour', 'tribunal', 'service', 'regie', 'compagnie', 'groupement', 'cooperative', 'syndicat', 'gendarmerie',
  // Spanish, Portuguese, Italian
  'agencia', 'ministerio', 'instituto', 'consejo', 'conselho', 'comision', 'comissao', 'sociedad', 'sociedade',
  'asociacion', 'associacao', 'federacion', 'federacao', 'banco', 'caja', 'caixa', 'organizacion', 'organizacao',
  'red', 'rede', 'secretaria', 'autoridad', 'autoridade', 'centro', 'fundacion', 'fundacao', 'universidad',
  'universidade', 'servicio', 'servico', 'direccion', 'direcao', 'agenzia', 'ministero', 'istituto', 'consiglio',
  'commissione', 'societa', 'associazione', 'federazione', 'banca', 'fondazione', 'universita', 'ente', 'autorita',
  // German, Dutch
  'bundesamt', 'bundesanstalt', 'ministerium', 'rijksdienst', 'ministerie', 'stichting', 'vereniging', 'verband',
  'gesellschaft', 'stiftung', 'agentur', 'kammer', 'landesamt',
]);

/** A company's legal form, which ends its name: "Veltrane Ltd", "Quillon & Hatch Engineering, Inc.". */
export const LEGAL_FORMS = new Set(['inc', 'ltd', 'llc', 'llp', 'plc', 'corp', 'co', 'gmbh', 'ag', 'sa', 'nv', 'bv', 'spa', 'pty', 'limited', 'incorporated']);

/** Legal forms written out and abbreviated: "Limited"/"Ltd", "Incorporated"/"Inc.", "Corporation"/"Corp.". */
const LEGAL_FORM_MEANING = new Map([
  ['ltd', 'limited'], ['limited', 'limited'], ['inc', 'incorporated'], ['incorporated', 'incorporated'],
  ['corp', 'corporation'], ['corporation', 'corporation'], ['co', 'company'], ['company', 'company'],
]);

/** Whether two words (lower case) are one legal form, each written its own way ("limited", "ltd."). */
export function sameLegalForm(a: string, b: string): boolean {
  const x = LEGAL_FORM_MEANING.get(a.replace(/\.$/, ''));
  return x !== undefined && a !== b && x === LEGAL_FORM_MEANING.get(b.replace(/\.$/, ''));
}

/**
 * Heads that name an organization only when the corpus defines it with an acronym
 * ("Customs and Border Protection (CBP)"); on their own they are too often a field ("Water Resources").
 */
export const DEFINED_ORGANIZATION_HEADS = new Set(['protection', 'enforcement', 'security', 'affairs', 'control', 'revenue']);

export type ProgrammeHeadKind = 'programme' | 'initiative' | 'instrument' | 'strategy' | 'project' | 'system';

export const PROGRAMME_HEADS = new Map<string, ProgrammeHeadKind>([
  ['programme', 'programme'], ['program', 'programme'], ['programmes', 'programme'], ['programs', 'programme'],
  ['initiative', 'initiative'], ['campaign', 'initiative'], ['partnership', 'initiative'], ['scheme', 'programme'],
  ['project', 'project'], ['operation', 'project'],
  // What a university or a foundation awards and runs: "the Sangamon Promise Scholarship", "Global Health Fellowship".
  ['scholarship', 'programme'], ['fellowship', 'programme'],
  ['system', 'system'], ['network', 'system'], ['platform', 'system'], ['database', 'system'], ['tool', 'system'],
  ['strategy', 'strategy'], ['plan', 'strategy'], ['agenda', 'strategy'], ['policy', 'strategy'],
  ['framework', 'instrument'], ['convention', 'instrument'], ['agreement', 'instrument'], ['package', 'instrument'],
  ['protocol', 'instrument'], ['guidelines', 'instrument'], ['standards', 'instrument'], ['charter', 'instrument'],
  ['declaration', 'instrument'], ['treaty', 'instrument'], ['compendium', 'instrument'],
  // A fund or facility is something an organization sets up and finances through ("the Coastal Resilience Fund").
  ['fund', 'instrument'], ['facility', 'instrument'],
  // ... and so is a grant programme ("the Riverbank Communities Grants", "the Open Schools Grant").
  ['grant', 'instrument'], ['grants', 'instrument'],
  ['act', 'instrument'], ['law', 'instrument'], ['regulation', 'instrument'], ['directive', 'instrument'], ['code', 'instrument'],
]);

/** A head noun's singular, in lower case ("Agencies" -> "agency", "Partnerships" -> "partnership"). */
export function singular(word: string): string {
  const w = word.toLowerCase();
  return w.endsWith('ies') ? w.slice(0, -3) + 'y' : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/** Head nouns (or their plurals) that are also common given names or surnames ("Martin Grant", "Andrew Law",
 * "Tony Banks"): still name-like. */
export const HEADS_ALSO_NAMES = new Set(['grant', 'law', 'court', 'banks']);

/** Heads that can also open a name ("Project Blue Harbour", "Operation ..."). */
export const LEADING_PROGRAMME_HEADS = new Set(['project', 'operation', 'programme', 'program']);

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december',
];
export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/**
 * Abbreviations every reader knows, never "used before definition" (the design: "UN" and "US" are always fine).
 */
export const UNIVERSAL_ABBREVIATIONS = new Set(['US', 'UN', 'UK', 'EU', 'USA', 'U.S.', 'U.N.', 'U.K.', 'E.U.', 'SME', 'SMEs']);
