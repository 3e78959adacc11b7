/**
 * Durability: a real server process on a SQLite file, under a write load, is
 * killed with SIGKILL several times. Every write it acknowledged must be there
 * after each restart, and the database must pass its integrity check. (This
 * proves survival of process crashes; power loss is covered by WAL with
 * synchronous=FULL, see docs/operations.md.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SAFE_ANSWERS, STRONG_PASSWORD } from './support/factories.js';

const CYCLES = 3;
const WRITERS = 4;
const LOAD_MS = 1500;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

describe('durability [sqlite]', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-durability-'));
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const exited = (process: ChildProcess) =>
    process.exitCode !== null || process.signalCode !== null
      ? Promise.resolve()
      : new Promise((resolve) => process.once('exit', resolve));

  async function start(port: number): Promise<string> {
    const base = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        MEND_DATA_DIR: dir,
        PUBLIC_URL: base,
        LOG_LEVEL: 'warn',
        NODE_ENV: 'test',
      },
      stdio: 'ignore',
    });
    for (let i = 0; i < 200; i += 1) {
      try {
        if ((await fetch(`${base}/readyz`)).ok) return base;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the server did not start');
  }

  it('loses no acknowledged write across kill -9 cycles', { timeout: 120_000 }, async () => {
    const port = await freePort();
    let base = await start(port);
    const headers = (cookie?: string) => ({
      'content-type': 'application/json',
      origin: base,
      ...(cookie ? { cookie } : {}),
    });

    const cookies: string[] = [];
    for (let i = 0; i < WRITERS; i += 1) {
      const response = await fetch(`${base}/api/v1/accounts`, {
        method: 'POST',
        headers: headers(),
        body: JSON.stringify({
          email: `w${i}@example.test`,
          displayName: `W${i}`,
          password: STRONG_PASSWORD,
          timeZone: 'UTC',
        }),
      });
      expect(response.status, await response.clone().text()).toBe(201);
      const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
      await fetch(`${base}/api/v1/safety-check`, {
        method: 'PUT',
        headers: headers(cookie),
        body: JSON.stringify({ answers: SAFE_ANSWERS }),
      });
      expect(
        (await fetch(`${base}/api/v1/spaces`, { method: 'POST', headers: headers(cookie) })).status,
      ).toBe(201);
      cookies.push(cookie);
    }

    const acknowledged = new Array<number>(WRITERS).fill(0);
    let acknowledgedTotal = 0;
    let lost = 0;
    for (let cycle = 0; cycle < CYCLES; cycle += 1) {
      const until = Date.now() + LOAD_MS;
      let counter = cycle * 1_000_000;
      await Promise.all(
        cookies.map(async (cookie, writer) => {
          while (Date.now() < until) {
            counter += 1;
            const value = counter;
            try {
              const response = await fetch(`${base}/api/v1/check-ins`, {
                method: 'PUT',
                headers: headers(cookie),
                body: JSON.stringify({ note: { text: String(value), visibility: 'private' } }),
              });
              if (response.status === 200) {
                acknowledged[writer] = Math.max(acknowledged[writer]!, value);
                acknowledgedTotal += 1;
              }
            } catch {
              return;
            }
          }
        }),
      );
      // Kill in the middle of more writes.
      const inFlight = cookies.map((cookie) =>
        fetch(`${base}/api/v1/check-ins`, {
          method: 'PUT',
          headers: headers(cookie),
          body: JSON.stringify({ trust: 4 }),
        }).catch(() => null),
      );
      child!.kill('SIGKILL');
      await Promise.all([...inFlight, exited(child!)]);

      base = await start(port);
      for (let writer = 0; writer < WRITERS; writer += 1) {
        const response = await fetch(`${base}/api/v1/check-ins`, {
          headers: headers(cookies[writer]),
        });
        const items = ((await response.json()) as { items: { note: { text: string } | null }[] })
          .items;
        const stored = Number(items[0]?.note?.text ?? 0);
        // The stored value may be newer than the last acknowledged one, never older.
        if (stored < acknowledged[writer]!) lost += 1;
      }
    }
    child!.kill('SIGTERM');
    await exited(child!);
    const db = new SQLite(path.join(dir, 'mend.db'), { readonly: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    db.close();
    console.log(
      `durability: kill -9 cycles: ${CYCLES}, acknowledged writes: ${acknowledgedTotal}, lost: ${lost}, integrity failures: ${integrity === 'ok' ? 0 : 1}`,
    );
    expect(acknowledgedTotal).toBeGreaterThan(CYCLES * WRITERS);
    expect(lost).toBe(0);
    expect(integrity).toBe('ok');
  });
});
