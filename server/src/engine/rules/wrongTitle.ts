// wrong-title: a title that belongs to someone else, or to another time ("Director Hartmann";
// "Deputy Secretary General Amaranta Velloso" in a release dated after he took up the top post).
import type { Rule } from './ruleTypes';
import { titleVerdicts } from './titleVerdicts';

export const checkWrongTitles: Rule = (ctx) =>
  titleVerdicts(ctx)
    .filter((v) => v.kind === 'wrong')
    .map((v) => ({
      ruleId: 'wrong-title' as const,
      start: v.span.start,
      end: v.span.end,
      message: `'${v.span.text}' is not ${v.mention.person.fullName}'s title: ${v.kind === 'wrong' ? v.why : ''}.`,
      suggestions: [v.right],
      sources: v.mention.person.roles.flatMap((r) => r.sources).slice(0, 3),
    }));
