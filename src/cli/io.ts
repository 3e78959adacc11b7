/**
 * What every command shares: where its words go, and the one error type that
 * carries a message for a person and an exit code.
 */

export interface Io {
  /** Progress and results. */
  out(line: string): void;
  /** Problems. */
  err(line: string): void;
}

export const consoleIo: Io = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

/** Exit codes: 1 = the command could not do its work, 2 = it was called wrongly. */
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** A failure whose message is meant for the person at the terminal (no stack trace). */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILURE,
  ) {
    super(message);
  }
}
