// The rule families, in priority order: when two families flag overlapping text, the earlier one wins
// (a misspelled name is reported as that, not also as a capitalization problem).
import type { RuleId, Severity } from '../types';
import type { Rule } from './ruleTypes';
import { checkPersonNames } from './personName';
import { checkProgrammeNames } from './programmeName';
import { checkOrganizationNames } from './orgName';
import { checkWrongTitles } from './wrongTitle';
import { checkTitleOrganizations } from './titleOrgMismatch';
import { checkAcronyms } from './acronym';
import { checkCaseAndHyphens } from './caseHyphen';
import { checkInconsistency } from './inconsistency';

export interface RuleFamily {
  id: RuleId;
  check: Rule;
  severity: Severity;
  description: string;
}

export const RULE_FAMILIES: RuleFamily[] = [
  { id: 'person-name', check: checkPersonNames, severity: 'error', description: 'A known person\'s name is misspelled.' },
  { id: 'programme-name', check: checkProgrammeNames, severity: 'error', description: 'A known programme, initiative or instrument is misspelled or misnamed.' },
  { id: 'org-name', check: checkOrganizationNames, severity: 'error', description: 'A variant of a known organization\'s name.' },
  { id: 'wrong-title', check: checkWrongTitles, severity: 'error', description: 'A title that belongs to someone else, or to another time.' },
  { id: 'title-org-mismatch', check: checkTitleOrganizations, severity: 'error', description: 'The right title with the wrong organization.' },
  { id: 'acronym', check: checkAcronyms, severity: 'warning', description: 'An acronym used before it is spelled out, with a wrong expansion, or the wrong acronym for a known name.' },
  { id: 'case-hyphen', check: checkCaseAndHyphens, severity: 'warning', description: 'Capitalization or hyphenation of a known term, including an organization\'s own title style.' },
  { id: 'inconsistency', check: checkInconsistency, severity: 'warning', description: 'Two forms of one term in one draft; the minority form is flagged.' },
];

export function ruleFamily(id: RuleId): RuleFamily {
  return RULE_FAMILIES.find((r) => r.id === id)!;
}
