import { PresslintInputError } from '../engine/errors';

/** A wrong command line: printed as one line with a hint, exit code 2. */
export class UsageError extends PresslintInputError {
  constructor(message: string) {
    super(`${message} (see presslint --help)`);
  }
}
