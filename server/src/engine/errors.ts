/**
 * A problem with what the user gave us (a missing corpus, a malformed presslint.json, a binary file).
 * The CLI prints `message` as one line on stderr and exits 2; the server shows it and keeps running.
 */
export class PresslintInputError extends Error {
  override name = 'PresslintInputError';
  constructor(message: string) {
    super(message);
  }
}
