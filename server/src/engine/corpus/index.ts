export { readCorpus, expandCorpusPath, type ReadCorpusOptions, type CorpusReadResult } from './readCorpus';
export {
  readTextFile,
  decodeText,
  encodeText,
  detectEol,
  DEFAULT_MAX_FILE_SIZE,
  type ReadResult,
  type TextFile,
  type SkippedFile,
  type Encoding,
} from './readTextFile';
export { walkTextFiles, hasTextExtension, TEXT_EXTENSIONS } from './walkTextFiles';
export { createSafeIgnoreMatcher, tooComplexCorpusGlob, type IgnoreMatcher } from './safeGlob';
export { isGlob } from './isGlob';
export { displayPath } from './displayPath';
