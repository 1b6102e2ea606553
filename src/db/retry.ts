import neo4j from 'neo4j-driver';

export interface RetryPolicy {
  /** Tries in all, the first one included. */
  attempts: number;
  /** Wait before the n-th retry: delayMs × 2^(n−1). */
  delayMs: number;
}

/**
 * Runs `work` again, with exponential back-off, when it fails with an error the driver calls retriable (a cluster
 * member restarting, a leader switch, a lost connection); any other error, or the last attempt's, is thrown as is.
 * Unlike executeRead's retries (up to 30 s by default) the budget is a count: a client waiting on the API gets
 * DATABASE_UNAVAILABLE in seconds rather than after half a minute.
 */
export async function withRetries<T>(work: () => Promise<T>, policy: RetryPolicy, retriable: (e: unknown) => boolean = neo4j.isRetriableError): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (e) {
      if (attempt >= policy.attempts || !retriable(e)) throw e;
      await new Promise((resolve) => setTimeout(resolve, policy.delayMs * 2 ** (attempt - 1)));
    }
  }
}
