// The engine's public surface, shared by the CLI, the language server, the eval and the bench.
export * from './types';
export { PresslintInputError } from './errors';
export * from './config';
export * from './corpus';
export * from './format';
export { learnTermBase, TERMBASE_VERSION } from './learn/learnTermBase';
export { lintText, type LintOptions } from './lint';
export { applyFixes } from './fixes/applyFixes';
export { applyOverrides } from './termbase/applyOverrides';
export { findTerms, renderCardText, renderCardMarkdown, personCard, organizationCard, programmeCard, type EntityCard } from './termbase/query';
export { findKnownMentions, type KnownMention } from './termbase/mentions';
export { RULE_FAMILIES } from './rules/registry';
export { parseDraft, lineKindAt } from './draft/parseDraft';
export { learnTermBaseCached, cachedTermBase, corpusKey, defaultCacheDir } from './learn/termBaseCache';
export { hunspellWordLists, groupWords, packWordGroups } from './lexicon/englishWords';
export { compactTermBase } from './termbase/compactTermBase';
export { keepLintAllocationsYoung } from './lintHeap';
