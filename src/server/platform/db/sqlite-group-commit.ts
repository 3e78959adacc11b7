/**
 * The SQLite driver: Kysely's, with prepared statements kept (statement-cache.ts)
 * and **group commit** (decision 052). With `synchronous=FULL` every commit
 * waits for the disk, and better-sqlite3 waits synchronously, so one commit per
 * write caps the whole server at one fsync per write. Here the writes that
 * queue up while one runs join the same SQLite transaction:
 *
 * - A write — a Kysely transaction, or one statement outside any — takes the
 *   write turn, opens the shared transaction if none is open, and runs inside
 *   its own SAVEPOINT, so a write that fails rolls back alone.
 * - When it is done it hands the turn to the next write waiting; when none is
 *   waiting (or the group is big or old enough), the shared transaction
 *   COMMITs — one fsync — and only then do all its writes resolve. No write is
 *   acknowledged before the commit that made it durable; if that commit fails,
 *   every write in it fails.
 * - A read outside a transaction waits while a group is open, so nothing
 *   reads what is not yet durable; a read inside a transaction runs in it, as
 *   before.
 *
 * It is the one connection Kysely's driver had; the write turn replaces its
 * mutex. `:memory:` databases run the same code (tests exercise it).
 */
import type SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
} from 'kysely';
import { SqliteRows } from './sqlite-rows.js';
import { StatementCache } from './statement-cache.js';

/** A group commits after this many writes or this long, even with writes waiting. */
const MAX_GROUP_WRITES = 64;
const MAX_GROUP_MS = 10;

interface Group {
  opened: number;
  writes: number;
  done: { resolve(): void; reject(error: unknown): void }[];
}

/** One turn at a time, handed to the waiters in order. */
class Turn {
  #held = false;
  readonly #waiting: (() => void)[] = [];

  get held(): boolean {
    return this.#held;
  }

  async take(): Promise<void> {
    if (!this.#held) {
      this.#held = true;
      return;
    }
    await new Promise<void>((resolve) => this.#waiting.push(resolve));
  }

  give(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#held = false;
  }
}

class GroupCommitDriver implements Driver {
  readonly #db: SQLite.Database;
  readonly #statements: StatementCache;
  /** A second connection for reads outside transactions; absent for `:memory:`. */
  readonly #reader: SQLite.Database | undefined;
  readonly #readStatements: StatementCache | undefined;
  readonly #turn = new Turn();
  #group: Group | null = null;
  #commitScheduled = false;
  #commitAsked = false;
  #readers: (() => void)[] = [];
  /** The reading connection's open read transaction, shared by the reads of one turn. */
  #snapshot: { begin: SQLite.Statement; end: SQLite.Statement; open: boolean } | undefined;
  /** The group's own statements, prepared once: `exec` would parse them on every write. */
  readonly #control: Record<
    'begin' | 'savepoint' | 'release' | 'rollbackTo' | 'commit' | 'rollback',
    SQLite.Statement
  >;

  readonly #rows: SqliteRows;

  constructor(db: SQLite.Database, reader: SQLite.Database | undefined, rows: SqliteRows) {
    this.#db = db;
    this.#rows = rows;
    this.#control = {
      begin: db.prepare('begin immediate'),
      savepoint: db.prepare('savepoint mend_write'),
      release: db.prepare('release mend_write'),
      rollbackTo: db.prepare('rollback to mend_write'),
      commit: db.prepare('commit'),
      rollback: db.prepare('rollback'),
    };
    this.#statements = new StatementCache(db);
    this.#reader = reader;
    this.#readStatements = reader ? new StatementCache(reader) : undefined;
    this.#snapshot = reader && {
      begin: reader.prepare('begin'),
      end: reader.prepare('commit'),
      open: false,
    };
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new Connection(this);
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await this.enter();
    (connection as Connection).inTransaction = true;
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    (connection as Connection).inTransaction = false;
    await this.leave(true);
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    (connection as Connection).inTransaction = false;
    await this.leave(false);
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint "${name}"`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to "${name}"`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release "${name}"`));
  }

  async releaseConnection(): Promise<void> {}

  async destroy(): Promise<void> {
    // Whatever is still open commits first: its writes are waiting for that.
    while (this.#group || this.#commitScheduled) {
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    this.#closeSnapshot();
    this.#reader?.close();
    this.#db.close();
  }

  /** Runs one statement now, on the writing connection (or the one given). */
  run(query: CompiledQuery, statement = this.#statements.get(query.sql)): QueryResult<unknown> {
    const parameters = query.parameters as unknown[];
    if (statement.reader) return { rows: this.#rows.all(statement, parameters) };
    const { changes, lastInsertRowid } = statement.run(parameters);
    return {
      numAffectedRows: BigInt(changes),
      insertId: BigInt(lastInsertRowid),
      rows: [],
    };
  }

  /**
   * A statement outside a transaction. A read runs on the reading connection,
   * which sees only committed data (WAL), so it neither waits for the open
   * group nor sees it; without one (`:memory:`) it waits for the group to
   * commit. A write is a group member of its own.
   */
  async runAlone(query: CompiledQuery): Promise<QueryResult<unknown>> {
    const statement = this.#statements.get(query.sql);
    if (statement.readonly) {
      if (this.#readStatements) {
        this.#openSnapshot();
        return this.run(query, this.#readStatements.get(query.sql));
      }
      while (this.#group) await new Promise<void>((resolve) => this.#readers.push(resolve));
      return this.run(query, statement);
    }
    await this.enter();
    let result: QueryResult<unknown>;
    try {
      result = this.run(query, statement);
    } catch (error) {
      await this.leave(false);
      throw error;
    }
    await this.leave(true);
    return result;
  }

  /** Takes the write turn and opens this write's savepoint in the shared transaction. */
  async enter(): Promise<void> {
    await this.#turn.take();
    try {
      if (!this.#group) {
        this.#control.begin.run();
        this.#group = { opened: performance.now(), writes: 0, done: [] };
      }
      this.#control.savepoint.run();
      this.#group.writes += 1;
    } catch (error) {
      this.#commit();
      this.#turn.give();
      throw error;
    }
  }

  /**
   * Ends this write's savepoint (kept or rolled back) and gives the turn to
   * the next write. The group commits once no write holds the turn and the
   * event loop has let waiting requests add theirs (setImmediate), or at once
   * when it is big or old enough. A kept write resolves when its group has
   * committed.
   */
  async leave(keep: boolean): Promise<void> {
    let committed: Promise<void> | undefined;
    try {
      if (keep) {
        this.#control.release.run();
        committed = new Promise<void>((resolve, reject) =>
          this.#group!.done.push({ resolve, reject }),
        );
      } else if (this.#db.inTransaction) {
        this.#control.rollbackTo.run();
        this.#control.release.run();
      }
    } catch (error) {
      // The savepoint could not end as asked: nothing in this group is to be trusted.
      this.#abandon(error);
      this.#turn.give();
      throw error;
    }
    const group = this.#group!;
    const full =
      group.writes >= MAX_GROUP_WRITES || performance.now() - group.opened > MAX_GROUP_MS;
    if (full || this.#commitAsked || !this.#db.inTransaction) this.#commit();
    else this.#scheduleCommit();
    this.#turn.give();
    await committed;
  }

  #scheduleCommit(): void {
    if (this.#commitScheduled) return;
    this.#commitScheduled = true;
    setImmediate(() => {
      this.#commitScheduled = false;
      // A write in the middle of its transaction commits the group as it leaves.
      if (this.#turn.held) this.#commitAsked = true;
      else this.#commit();
    });
  }

  /**
   * Reads outside transactions share one read transaction on the reading
   * connection until the event loop moves on (setImmediate) or a group
   * commits, whichever is first. A statement in autocommit mode opens and
   * ends a read transaction of its own — WAL locks and the shared-memory
   * index each time, about 5 µs of a 6 µs lookup — and a request makes
   * several. Closing it at every commit keeps the rule that a read sees
   * every write acknowledged before it began.
   */
  #openSnapshot(): void {
    const snapshot = this.#snapshot;
    if (!snapshot || snapshot.open) return;
    snapshot.begin.run();
    snapshot.open = true;
    setImmediate(() => this.#closeSnapshot());
  }

  #closeSnapshot(): void {
    const snapshot = this.#snapshot;
    if (!snapshot?.open) return;
    snapshot.open = false;
    if (this.#reader?.inTransaction) snapshot.end.run();
  }

  /** Commits the open group (one fsync), settles its writes and lets waiting reads in. */
  #commit(): void {
    this.#commitAsked = false;
    const group = this.#group;
    this.#group = null;
    if (group) {
      try {
        // SQLite may have rolled the whole transaction back on an error (a full disk).
        if (!this.#db.inTransaction) throw new Error('the shared transaction was rolled back');
        this.#control.commit.run();
        // Reads from now on must see this group: its writes are acknowledged next.
        this.#closeSnapshot();
        for (const write of group.done) write.resolve();
      } catch (error) {
        if (this.#db.inTransaction) this.#control.rollback.run();
        for (const write of group.done) write.reject(error);
      }
    }
    const readers = this.#readers;
    this.#readers = [];
    for (const wake of readers) wake();
  }

  /** Rolls the open group back: every write in it fails, none was acknowledged. */
  #abandon(error: unknown): void {
    const group = this.#group;
    this.#group = null;
    this.#commitAsked = false;
    if (this.#db.inTransaction) this.#control.rollback.run();
    for (const write of group?.done ?? []) write.reject(error);
    const readers = this.#readers;
    this.#readers = [];
    for (const wake of readers) wake();
  }
}

class Connection implements DatabaseConnection {
  inTransaction = false;
  readonly #driver: GroupCommitDriver;

  constructor(driver: GroupCommitDriver) {
    this.#driver = driver;
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.inTransaction) return this.#driver.run(query) as QueryResult<R>;
    return (await this.#driver.runAlone(query)) as QueryResult<R>;
  }

  // eslint-disable-next-line require-yield
  async *streamQuery(): AsyncIterableIterator<QueryResult<never>> {
    throw new Error('streaming is not used with SQLite here');
  }
}

export class GroupCommitSqliteDialect implements Dialect {
  readonly #db: SQLite.Database;
  readonly #reader: SQLite.Database | undefined;

  readonly #rows: SqliteRows;

  /**
   * `reader`: a second connection to the same file, for reads outside
   * transactions; `rows`: how result rows are named (sqlite-rows.ts).
   */
  constructor(db: SQLite.Database, reader?: SQLite.Database, rows = new SqliteRows()) {
    this.#db = db;
    this.#reader = reader;
    this.#rows = rows;
  }

  createDriver(): Driver {
    return new GroupCommitDriver(this.#db, this.#reader, this.#rows);
  }

  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }

  createAdapter() {
    return new SqliteAdapter();
  }

  createIntrospector(db: Kysely<unknown>) {
    return new SqliteIntrospector(db);
  }
}
