import { Neo4jError } from 'neo4j-driver';
import { withRetries } from '../../../src/db/retry';

const transient = (): Neo4jError => new Neo4jError('leader switched', 'Neo.TransientError.Cluster.NotALeader', 'N/A', 'N/A');
const syntax = (): Neo4jError => new Neo4jError('bad query', 'Neo.ClientError.Statement.SyntaxError', 'N/A', 'N/A');
const unavailable = (): Neo4jError => new Neo4jError('gone', 'ServiceUnavailable', 'N/A', 'N/A');

/** A piece of work that fails with the given errors, in order, then answers 'ok'; it counts its calls. */
function failing(...errors: Error[]): { work: () => Promise<string>; calls: () => number } {
  let calls = 0;
  return {
    work: async () => {
      const e = errors[calls++];
      if (e) throw e;
      return 'ok';
    },
    calls: () => calls,
  };
}

describe('withRetries', () => {
  it.each([
    ['answers at once', [], 'ok', 1],
    ['retries a transient error', [transient()], 'ok', 2],
    ['retries a lost connection', [unavailable(), transient()], 'ok', 3],
  ])('%s', async (_name, errors, answer, calls) => {
    const w = failing(...errors);
    await expect(withRetries(w.work, { attempts: 3, delayMs: 1 })).resolves.toBe(answer);
    expect(w.calls()).toBe(calls);
  });

  it('throws a non-retriable error without trying again', async () => {
    const w = failing(syntax());
    await expect(withRetries(w.work, { attempts: 3, delayMs: 1 })).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.SyntaxError' });
    expect(w.calls()).toBe(1);
  });

  it('waits twice as long before each further retry', async () => {
    const w = failing(transient(), transient(), transient());
    const started = Date.now();
    await expect(withRetries(w.work, { attempts: 4, delayMs: 40 })).resolves.toBe('ok');
    // 40 + 80 + 160 ms of waiting; a timer never fires early.
    expect(Date.now() - started).toBeGreaterThanOrEqual(270);
  });

  it('gives up after the last attempt with that attempt’s error', async () => {
    const last = unavailable();
    const w = failing(transient(), transient(), last);
    await expect(withRetries(w.work, { attempts: 3, delayMs: 1 })).rejects.toBe(last);
    expect(w.calls()).toBe(3);
  });
});
