// title-org-mismatch: the right title with the wrong organization ("ICAO Secretary General Amaranta Velloso").
import type { Rule } from './ruleTypes';
import { titleVerdicts } from './titleVerdicts';

export const checkTitleOrganizations: Rule = (ctx) =>
  titleVerdicts(ctx).flatMap((v) =>
    v.kind === 'mismatch'
      ? [{
          ruleId: 'title-org-mismatch' as const,
          start: v.span.start,
          end: v.span.end,
          message: v.org
            ? `${v.mention.person.fullName} is ${v.role.title} of ${v.org.acronym ? `the ${v.org.acronym}` : v.org.name}, not of '${v.span.text}' (seen in ${v.mention.person.documents} release${v.mention.person.documents === 1 ? '' : 's'}).`
            : `${v.mention.person.fullName} is ${v.role.title}, not of '${v.span.text}' (seen in ${v.mention.person.documents} release${v.mention.person.documents === 1 ? '' : 's'}).`,
          suggestions: [v.right],
          sources: v.role.sources.slice(0, 3),
        }]
      : [],
  );
