import neo4j from 'neo4j-driver';

export interface RetryPolicy {
  /** Tries in all, the first one included. */
  attempts: number;
  /** Wait before the n-th retry: n × delayMs. */
  delayMs: number;
}

/**
 * Runs `work` again when it fails with an error the driver calls retriable (a cluster member restarting, a leader
 * switch, a deadlock), as executeRead / executeWrite would; any other error, or the last attempt's, is thrown as is.
 */
export async function withRetries<T>(work: () => Promise<T>, policy: RetryPolicy, retriable: (e: unknown) => boolean = neo4j.isRetriableError): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (e) {
      if (attempt >= policy.attempts || !retriable(e)) throw e;
      await new Promise((resolve) => setTimeout(resolve, policy.delayMs * attempt));
    }
  }
}
