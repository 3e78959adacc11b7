/**
 * Drives a target with wrk (one thread, N keep-alive connections) pinned to
 * the core the server is not on, and reads its `--latency` report. Requests
 * are written into a small Lua script so that each one carries its own body,
 * cookie and Origin; connection after connection takes the next in turn.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface WrkRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface WrkPlan {
  base: string;
  requests: WrkRequest[];
  connections: number;
  seconds: number;
  /** The cores wrk may run on (taskset -c), when the machine has more than one. */
  cores?: string;
  /** Paced load: each connection waits this long after an answer before asking again. */
  delayMs?: number;
}

export interface WrkResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Answers outside 2xx/3xx, and socket errors, as wrk counts them. */
  non2xx: number;
  socketErrors: number;
}

const lua = (s: string) => JSON.stringify(s); // a JSON string is a valid Lua string literal here

function script(plan: WrkPlan): string {
  const entries = plan.requests.map((r) => {
    const headers = Object.entries(r.headers)
      .map(([k, v]) => `[${lua(k)}] = ${lua(v)}`)
      .join(', ');
    return `{ ${lua(r.method)}, ${lua(r.path)}, { ${headers} }, ${r.body === undefined ? 'nil' : lua(r.body)} }`;
  });
  return [
    `local plan = { ${entries.join(',\n')} }`,
    'local formatted = {}',
    'local i = 0',
    'function init(args)',
    '  for k, r in ipairs(plan) do formatted[k] = wrk.format(r[1], r[2], r[3], r[4]) end',
    'end',
    'function request()',
    '  i = i + 1',
    '  return formatted[(i % #formatted) + 1]',
    'end',
    ...(plan.delayMs
      ? [`function delay() return ${Math.max(1, Math.round(plan.delayMs))} end`]
      : []),
    '',
  ].join('\n');
}

/** "1.23ms", "850.00us", "2.01s" → milliseconds. */
function millis(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  if (!match) return Number.NaN;
  const value = Number(match[1]);
  return { us: value / 1000, ms: value, s: value * 1000, m: value * 60_000 }[match[2] as 'ms'];
}

export function parseWrk(output: string): WrkResult {
  const percentile = (p: string) => {
    const match = new RegExp(`^\\s*${p}%\\s+(\\S+)`, 'm').exec(output);
    return match ? millis(match[1]!) : Number.NaN;
  };
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(output);
  const non2xx = /Non-2xx or 3xx responses:\s+(\d+)/.exec(output);
  const sockets = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(
    output,
  );
  return {
    requestsPerSecond: rps ? Number(rps[1]) : Number.NaN,
    p50Ms: percentile('50'),
    p99Ms: percentile('99'),
    non2xx: non2xx ? Number(non2xx[1]) : 0,
    socketErrors: sockets ? sockets.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
  };
}

export async function wrk(plan: WrkPlan): Promise<WrkResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-wrk-'));
  const file = path.join(dir, 'plan.lua');
  fs.writeFileSync(file, script(plan));
  const args = [
    '-t1',
    `-c${plan.connections}`,
    `-d${plan.seconds}s`,
    '--latency',
    '--timeout',
    '10s',
    '-s',
    file,
    plan.base,
  ];
  const [command, commandArgs] = plan.cores
    ? ['taskset', ['-c', plan.cores, 'wrk', ...args]]
    : ['wrk', args];
  try {
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.once('error', reject);
      child.once('exit', (code) =>
        code === 0 ? resolve(out) : reject(new Error(`wrk exited with ${code}:\n${out}`)),
      );
    });
    return parseWrk(output);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
