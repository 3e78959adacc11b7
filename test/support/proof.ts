/**
 * The figures behind `npm run verify`. A suite runs small in `npm test` and at
 * full size when MEND_VERIFY=1; either way it may write each figure it
 * measured, with its bar and whether the bar was met, as one JSON line to the
 * file MEND_PROOF_FILE names. scripts/verify.mjs reads those lines into its
 * table, so nothing depends on the wording of console output.
 */
import fs from 'node:fs';

export const VERIFY = process.env.MEND_VERIFY === '1';

/** The size to run at: `fast` in `npm test`, `full` under `npm run verify`. */
export function atScale(fast: number, full: number): number {
  return VERIFY ? full : fast;
}

export interface ProofLine {
  /** The table row, e.g. "API fuzz [sqlite]". */
  row: string;
  /** What was measured, in words and numbers. */
  figure: string;
  /** The bar the figure must meet. */
  bar: string;
  met: boolean;
}

export function recordProof(line: ProofLine): void {
  const file = process.env.MEND_PROOF_FILE;
  if (!file) return;
  // One short append per line: concurrent test files never interleave within a line.
  fs.appendFileSync(file, `${JSON.stringify({ ...line, at: new Date().toISOString() })}\n`);
}
