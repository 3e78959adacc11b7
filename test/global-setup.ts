/**
 * Before a run on PostgreSQL: drop the per-file schemas an interrupted earlier
 * run left behind, so the database does not fill with them. Only those made
 * more than two hours ago (the time is in the name), and the old unnamed kind:
 * a run going on beside this one keeps its own.
 */
import pg from 'pg';

export default async function setup(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `select nspname as name from pg_namespace where nspname ~ '^t_[0-9a-f]{12}$' or nspname ~ '^t_[0-9]+_[0-9a-f]{8}$'`,
    );
    const cutoff = Date.now() / 1000 - 2 * 3600;
    // One at a time: each drop takes locks on every table in the schema.
    for (const { name } of rows) {
      const made = Number(/^t_(\d+)_/.exec(name)?.[1] ?? 0);
      if (made < cutoff) await client.query(`drop schema if exists ${name} cascade`);
    }
  } finally {
    await client.end();
  }
}
