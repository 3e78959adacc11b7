/**
 * An operator made as an operator makes one: `mend admin create EMAIL` on the
 * server's own database, before the server starts (pass it to
 * `useServerAndBrowser({ prepare })`). Answers the one-time password it printed.
 */
import { run } from '../../src/cli/main.js';

export async function createOperator(
  email: string,
  env: { DATABASE_URL: string; MEND_ENCRYPTION_KEY: string },
): Promise<string> {
  const out: string[] = [];
  const code = await run(
    ['admin', 'create', email],
    { ...process.env, ...env },
    {
      out: (line) => out.push(line),
      err: (line) => out.push(line),
    },
  );
  if (code !== 0) throw new Error(`mend admin create failed: ${out.join('\n')}`);
  return /: (\S+)$/.exec(out.find((line) => line.startsWith('Password')) ?? '')![1]!;
}
