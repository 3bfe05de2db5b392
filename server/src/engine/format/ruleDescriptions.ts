// One-line descriptions of the rule families, for SARIF's tool.driver.rules.
import type { RuleId } from '../types';

export const RULE_SHORT_DESCRIPTIONS: Record<RuleId, string> = {
  'person-name': 'Misspelled name of a known person.',
  'programme-name': 'Misspelled name of a known programme, initiative or instrument.',
  'org-name': "Variant of a known organization's name.",
  'wrong-title': 'Title that belongs to someone else or to another time.',
  'title-org-mismatch': 'Right kind of title, wrong organization.',
  acronym: 'Acronym used before its expansion, with a wrong expansion, or a wrong acronym.',
  'case-hyphen': 'Capitalization or hyphenation of a known term.',
  inconsistency: 'Two forms of one term in one draft; the minority form is flagged.',
};
