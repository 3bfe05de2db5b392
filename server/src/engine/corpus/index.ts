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
export { createIgnoreMatcher, type IgnoreMatcher } from './ignoreMatcher';
export { isGlob } from './isGlob';
export { displayPath } from './displayPath';
