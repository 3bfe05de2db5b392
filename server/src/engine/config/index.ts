export * from './schema';
export { parseConfig } from './parseConfig';
export { loadConfig, loadConfigFile, configCorpusPaths, type LoadedConfig } from './loadConfig';
