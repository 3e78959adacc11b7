/** Runs one load plan in a separate process and returns what it measured. */
import { fork } from 'node:child_process';
import type { LoadPlan, LoadResult } from './load-generator.js';

export type { LoadPlan, LoadRequest, LoadResult } from './load-generator.js';

export function measure(plan: LoadPlan): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL('./load-generator.ts', import.meta.url), [], {
      execArgv: ['--import', 'tsx'],
    });
    let result: LoadResult | undefined;
    child.once('message', (message: LoadResult) => (result = message));
    child.once('error', reject);
    child.once('exit', (code) =>
      result ? resolve(result) : reject(new Error(`the load generator exited with ${code}`)),
    );
    child.send(plan);
  });
}
