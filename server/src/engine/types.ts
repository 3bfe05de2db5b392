// Shared data types of the engine. No `vscode` import anywhere under engine/.

/** Where a learned fact was seen: corpus file (as given), 1-based line, the sentence. */
export interface Source {
  file: string;
  line: number;
  sentence: string;
}

/** Whether an entry was learned from the corpus or set by hand in presslint.json. */
export type Origin = 'learned' | 'config';

export interface Role {
  /** Title as the corpus writes it, e.g. "Secretary General", "Commissioner". */
  title: string;
  /** Id of the organization (see Organization.id), when the corpus ties the title to one. */
  organization?: string;
  /** 'former' when the corpus says so ("the former Commissioner"), 'acting' for "Acting ...". */
  status: 'current' | 'former' | 'acting';
  /** ISO dates (YYYY, YYYY-MM or YYYY-MM-DD) when the corpus states them, or the date of the release it was seen in. */
  from?: string;
  until?: string;
  /** Dates of the releases that show the role held (for checking a draft's date). */
  seen: string[];
  sources: Source[];
  origin: Origin;
}

export interface Person {
  id: string;
  fullName: string;
  givenNames: string[];
  surname: string;
  roles: Role[];
  /** Forms of address seen, e.g. "Secretary General Velloso", "Dr. Smith". */
  addressForms: string[];
  count: number;
  documents: number;
  sources: Source[];
  origin: Origin;
}

export interface Organization {
  id: string;
  /** Canonical full name, e.g. "World Fisheries Organization". */
  name: string;
  acronym?: string;
  /** Other forms seen or configured (e.g. with a leading "US"). */
  variants: string[];
  /** The organization's own title style: normalized title key ("secretary general") -> preferred form. */
  titleStyle: Record<string, string>;
  count: number;
  documents: number;
  sources: Source[];
  origin: Origin;
}

export type ProgrammeKind = 'programme' | 'initiative' | 'instrument' | 'strategy' | 'project' | 'system' | 'product' | 'other';

export interface Programme {
  id: string;
  /** Canonical name: the best-attested form. */
  name: string;
  /** Accepted forms (the canonical name included), e.g. "Blue Harbour Programme", "Project Blue Harbour". */
  forms: string[];
  acronym?: string;
  kind: ProgrammeKind;
  /** A category rather than one thing: its acronym takes a plural in the corpus ("AEOs"), so number varies. */
  countable?: boolean;
  count: number;
  documents: number;
  sources: Source[];
  origin: Origin;
}

export interface AcronymDefinition {
  acronym: string;
  expansion: string;
  /** What the expansion names, when known. */
  kind: 'organization' | 'programme' | 'term';
  count: number;
  sources: Source[];
  origin: Origin;
}

/** Title forms seen with counts, used for title style and suspected errors. */
export interface TitleForm {
  form: string;
  organization?: string;
  count: number;
  documents: number;
  sources: Source[];
}

/** House-style choices of one document: signal -> variant -> count, e.g. us: { "US": 4, "U.S.": 0 }. */
export interface DocumentStyle {
  file: string;
  signals: Record<string, Record<string, number>>;
}

export interface SuspectedCorpusError {
  kind: 'person' | 'organization' | 'programme' | 'title' | 'term';
  /** The form that looks wrong. */
  form: string;
  /** The better-attested form it most likely should be. */
  likely: string;
  /** Human-readable evidence, one reason per entry. */
  evidence: string[];
  sources: Source[];
}

export interface TermBase {
  version: number;
  /** Corpus files, their dates when they state one. */
  documents: { file: string; date?: string }[];
  people: Person[];
  organizations: Organization[];
  programmes: Programme[];
  acronyms: AcronymDefinition[];
  titles: TitleForm[];
  houseStyle: DocumentStyle[];
  suspectedErrors: SuspectedCorpusError[];
  /** Hyphenated compounds the corpus writes ("Customs-to-Customs", "state-of-the-art"). */
  compounds?: string[];
  /** One-word compounds the corpus writes joined and never hyphenated ("cybersecurity", "nonprofit"). */
  joinedCompounds?: string[];
  /** Common words the corpus capitalizes standing alone mid-sentence, never in lower case ("Member States"). */
  houseCapitals?: HouseCapital[];
  /** Forms a user accepted in presslint.json: never flagged. */
  accepted: string[];
  /** Forms a user rejected: always flagged and replaced. */
  rejected: { wrong: string; right: string }[];
}

/** A common word or pair the house capitalizes standing alone ("Member States", "Tribal"). */
export interface HouseCapital {
  form: string;
  /** For one word: the content words seen next to it, of which a draft's lower-case use must share one. */
  neighbours?: string[];
}

/** A corpus document as read from disk. */
export interface CorpusDocument {
  file: string;
  text: string;
}

export const RULE_IDS = [
  'person-name',
  'programme-name',
  'org-name',
  'wrong-title',
  'title-org-mismatch',
  'acronym',
  'case-hyphen',
  'inconsistency',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Severity = 'error' | 'warning' | 'info';

/** A lint finding. Offsets are UTF-16 code units into the draft text (what JS strings and LSP use). */
export interface LintDiagnostic {
  ruleId: RuleId;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  /** suggestions[0] replaces exactly [start, end). */
  suggestions: string[];
  /** Evidence shown in hovers. */
  sources?: Source[];
  /** Identity that does not depend on position (survives edits elsewhere). */
  key: string;
}
