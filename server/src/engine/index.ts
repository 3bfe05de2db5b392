// The engine's public surface, shared by the CLI, the language server, the eval and the bench.
export * from './types';
export { PresslintInputError } from './errors';
export * from './config';
export * from './corpus';
export * from './format';
