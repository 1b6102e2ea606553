import neo4j, { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { AppError, ErrorCode } from '../errors';
import { CypherRegistry } from './cypher-registry';
import { mapNeo4jError } from './errors';
import { withoutStackCapture } from './no-stack-capture';
import { RetryPolicy, withRetries } from './retry';
import { recordToObject } from './values';

export type Params = Record<string, unknown>;

/** A read that fails with a retriable error is tried five times in all, waiting 0.1, 0.2, 0.4 and 0.8 s between. */
const READ_RETRIES: RetryPolicy = { attempts: 5, delayMs: 100 };

/**
 * How long past its own transaction timeout a statement may go unanswered before the client gives up. Neo4j ends a
 * transaction at its timeout and says so; a server that says nothing at all (a stopped process, a dropped network) would
 * otherwise hold the request forever, since the driver has no deadline of its own for a statement already sent.
 */
export const DEFAULT_DEADLINE_GRACE_MS = 5_000;

/** What a statement listener sees: used by tests that count round trips and by debug logging. */
export interface StatementEvent {
  name: string;
  mode: 'READ' | 'WRITE';
}

/** Runs named statements inside one transaction (for loaders that need several statements atomically). */
export interface TxRunner {
  run<T>(name: string, params?: Params): Promise<T[]>;
}

/**
 * The one seam to Neo4j: every query goes through here by name, reads as auto-commit statements in read-mode sessions
 * and writes inside executeWrite (so a cluster routes both), against an explicit database, with the session closed in
 * `finally` and Neo4j errors mapped to product codes.
 */
export class Database {
  private readonly listeners = new Set<(e: StatementEvent) => void>();
  /**
   * One bookmark manager for every session of this process: on a cluster, a read after a write (a query after an
   * ingest, a brief after the seed load) waits until the member it is routed to has that write.
   */
  private readonly bookmarks = neo4j.bookmarkManager();

  constructor(
    readonly driver: Driver,
    readonly databaseName: string,
    readonly cypher: CypherRegistry,
    private readonly txTimeoutMs: number,
    private readonly deadlineGraceMs: number = DEFAULT_DEADLINE_GRACE_MS,
  ) {}

  onStatement(listener: (e: StatementEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * A read is one statement in an auto-commit transaction: RUN and PULL go out together and the answer ends the
   * transaction, one round trip to Neo4j where a managed transaction takes two (BEGIN+RUN+PULL, then COMMIT). The
   * read-only session still routes it to a reader on a cluster and uses the shared bookmark manager; transient
   * failures are retried here (withRetries), for about 1.5 s in all rather than executeRead's 30 s.
   */
  async read<T>(name: string, params: Params = {}): Promise<T[]> {
    return this.withSession('READ', this.txTimeoutMs, (session) => withRetries(() => this.runIn<T>(session, name, params, 'READ'), READ_RETRIES));
  }

  async write<T>(name: string, params: Params = {}): Promise<T[]> {
    return this.withSession('WRITE', this.txTimeoutMs, (session) => session.executeWrite((tx) => this.runIn<T>(tx, name, params, 'WRITE'), { timeout: this.txTimeoutMs }));
  }

  /** Several statements in one write transaction: all of them land or none does. */
  async writeTransaction<T>(work: (tx: TxRunner) => Promise<T>, timeoutMs = this.txTimeoutMs * 8): Promise<T> {
    return this.withSession('WRITE', timeoutMs, (session) =>
      session.executeWrite((tx) => work({ run: <R>(name: string, params: Params = {}) => this.runIn<R>(tx, name, params, 'WRITE') }), { timeout: timeoutMs }),
    );
  }

  /** Fails with DATABASE_UNAVAILABLE / DATABASE_AUTH_FAILED when the server cannot be used. */
  async verify(): Promise<void> {
    try {
      await this.driver.verifyAuthentication({ database: this.databaseName }).catch(async (e: unknown) => {
        // Servers older than 5.x or without re-auth support reject verifyAuthentication; connectivity is what we need.
        if (e instanceof Error && /not support|unsupported/i.test(e.message)) {
          await this.driver.getServerInfo({ database: this.databaseName });
          return true;
        }
        throw e;
      });
    } catch (e) {
      const mapped = mapNeo4jError(e);
      if (mapped instanceof AppError) throw mapped;
      throw new AppError(ErrorCode.DATABASE_UNAVAILABLE, `Cannot reach Neo4j: ${(e as Error).message}`, {}, { cause: e });
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async runIn<T>(tx: ManagedTransaction | Session, name: string, params: Params, mode: 'READ' | 'WRITE'): Promise<T[]> {
    const statement = this.cypher.get(name);
    const missing = statement.params.filter((p) => !(p in params));
    if (missing.length > 0) throw new Error(`Statement ${name} needs parameter(s) ${missing.join(', ')}`);
    for (const l of this.listeners) l({ name, mode });
    const running = withoutStackCapture(() => (tx instanceof Session ? tx.run(statement.text, params, { timeout: this.txTimeoutMs }) : tx.run(statement.text, params)));
    try {
      const result = await running;
      return result.records.map((r) => recordToObject<T>(r));
    } catch (e) {
      // The Result was built without a stack (see withoutStackCapture): a failure gets its stack here instead, with
      // the async callers that ran the statement, and the statement's name, for the log of an unexpected error.
      if (e instanceof Error) {
        Error.captureStackTrace(e);
        Object.assign(e, { statement: name });
      }
      throw e;
    }
  }

  /** `timeoutMs`: the server's transaction timeout for this work; the client waits that plus the grace, no longer. */
  private async withSession<T>(mode: 'READ' | 'WRITE', timeoutMs: number, work: (s: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.databaseName,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
    const waitMs = timeoutMs + this.deadlineGraceMs;
    let timer: NodeJS.Timeout | undefined;
    let abandoned = false;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        abandoned = true;
        const outcome = mode === 'WRITE' ? ' Whether the write landed is unknown; loading the same document again is safe.' : '';
        reject(new AppError(ErrorCode.DATABASE_UNAVAILABLE, `The graph database did not answer within ${waitMs / 1000} s.${outcome}`, { waitedMs: waitMs }));
      }, waitMs);
    });
    try {
      return await Promise.race([work(session), deadline]);
    } catch (e) {
      throw mapNeo4jError(e);
    } finally {
      clearTimeout(timer);
      // close() waits for the statement's answer, which an unanswering server never sends: let it end on its own.
      if (abandoned) session.close().catch(() => undefined);
      else await session.close();
    }
  }
}
