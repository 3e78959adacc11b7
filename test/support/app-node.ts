/**
 * Mend as a real process, the way a deployment runs it (`src/server/main.ts`),
 * for tests that need several app nodes on one PostgreSQL and one Redis. Each
 * node listens on its own port; its log lines (pino JSON on stdout) are kept so
 * a test can count what each node did — ids and kinds only, as every log line is.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { projectRoot } from '../../src/server/platform/project-root.js';

export interface AppNode {
  name: string;
  base: string;
  /** Every JSON log line the node printed so far. */
  logs: Record<string, unknown>[];
  /** `fetch` against this node with the headers a browser on this address sends. */
  request(path: string, init?: NodeRequestInit): Promise<Response>;
  stop(): Promise<void>;
}

export interface NodeRequestInit {
  method?: string;
  body?: unknown;
  cookie?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

/** PostgreSQL's own way to put a connection in one schema, carried in the URL. */
export function databaseUrlInSchema(url: string, schema: string): string {
  const withSchema = new URL(url);
  withSchema.searchParams.set('options', `-c search_path=${schema}`);
  return withSchema.toString();
}

export async function startAppNode(name: string, env: Record<string, string>): Promise<AppNode> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const logs: Record<string, unknown>[] = [];
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: projectRoot(),
    env: {
      ...process.env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: base,
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let pending = '';
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // not a log line
      }
    }
  });
  let errors = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    errors += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  // A busy machine (a whole test run beside) can take its time to compile and migrate.
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`node ${name} exited: ${errors}`);
    try {
      if ((await fetch(`${base}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`node ${name} did not start: ${errors}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  return {
    name,
    base,
    logs,
    request(path, init = {}) {
      return fetch(`${base}${path}`, {
        method: init.method ?? 'GET',
        headers: {
          origin: base,
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(init.cookie ? { cookie: init.cookie } : {}),
          ...init.headers,
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: init.signal,
      });
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}
