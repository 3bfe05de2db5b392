// The engine functions the CLI calls (written alongside it; one place to find them).
export { learnTermBase } from '../engine/learn/learnTermBase';
export { applyOverrides } from '../engine/termbase/applyOverrides';
export { lintText } from '../engine/lint';
export { applyFixes } from '../engine/fixes/applyFixes';
export { findTerms, renderCardText } from '../engine/termbase/query';
