/**
 * Exits once stdout and stderr have flushed. A bare process.exit() right after writing to a pipe cuts the output
 * (Node writes to pipes asynchronously), which truncated large `--dry-run` JSON. Callers return right after it.
 */
export function exitAfterFlush(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}
