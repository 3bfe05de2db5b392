// Where the CLI writes: stdout for results, stderr for notices and errors.
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** One line on stderr, prefixed "presslint: ". */
  notice(line: string): void;
  cwd: string;
  color: boolean;
}

export function processIo(): Io {
  const color =
    process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0'
      ? true
      : !!process.stdout.isTTY && process.env.NO_COLOR === undefined && process.env.TERM !== 'dumb';
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    notice: (line) => void process.stderr.write(`presslint: ${line}\n`),
    cwd: process.cwd(),
    color,
  };
}
