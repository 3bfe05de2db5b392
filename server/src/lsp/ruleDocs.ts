// What each rule family checks, for hovers on diagnostics (general text, no corpus names).
import type { RuleId } from '../engine';

export const RULE_DOCS: Record<RuleId, string> = {
  'person-name': 'A name close to a person the corpus knows, spelled differently from every release.',
  'programme-name': 'A name close to a programme, initiative or instrument the corpus knows, spelled differently.',
  'org-name': "A variant of a known organization's name that its releases do not use.",
  'wrong-title': 'A title the corpus gives to someone else, or that this person held at another time.',
  'title-org-mismatch': "The right kind of title with the wrong organization for this person, or in another organization's style.",
  acronym: 'An acronym used before it is spelled out later in the draft, with a wrong expansion, or the wrong acronym.',
  'case-hyphen': 'Capitalization or hyphenation of a known term that differs from how the corpus writes it, including words the corpus always capitalizes ("Member States").',
  inconsistency: 'Two forms of one term in the same draft, each fine alone; the less frequent form is flagged.',
};
