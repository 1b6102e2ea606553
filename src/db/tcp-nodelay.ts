import net from 'node:net';

/**
 * Two fixes to the sockets this process opens (Bolt's; the API's own sockets are accepted, not opened), for what
 * neo4j-driver 5 does not let us configure:
 *
 * - TCP_NODELAY. The driver opens its sockets without it, so Nagle's algorithm holds back the tail of every message
 *   larger than one segment until the server's delayed ACK (40 ms on Linux): measured here, a statement with a 20 kB
 *   parameter took 52 ms instead of 7 ms, and API requests alternated between 4 and 48 ms. (The Python driver made the
 *   same change upstream in 2024.)
 * - One write per tick. The driver hands the socket every 1,400 bytes of a message as a write of its own, so with
 *   TCP_NODELAY a load's 100–150 kB of rows went out as ~100 system calls and packets a document (1.9 s of 21 s of a
 *   200-document load in Node's profile, and as many reads on Neo4j's side). Writes made in one tick are corked and go
 *   out together at the end of it, in one writev: nothing waits longer than the code that wrote it.
 */
const PATCHED = Symbol.for('policy-graph.tcp-nodelay');

export function enableTcpNoDelay(): void {
  const proto = net.Socket.prototype as net.Socket & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  const connect = proto.connect;
  proto.connect = function patchedConnect(this: net.Socket, ...args: unknown[]) {
    this.setNoDelay(true);
    const socket = (connect as (...a: unknown[]) => net.Socket).apply(this, args);
    // After connect: it puts Socket.prototype.write back on the instance (undoing a closed socket's writeAfterFIN).
    coalesceWritesPerTick(this);
    return socket;
  } as typeof proto.connect;
  proto[PATCHED] = true;
}

/** Corks the socket at its first write in a tick and uncorks it on the next tick (Node's documented cork idiom). */
export function coalesceWritesPerTick(socket: net.Socket): void {
  const write = socket.write;
  let corked = false;
  const uncork = (): void => {
    corked = false;
    socket.uncork();
  };
  socket.write = function coalescingWrite(this: net.Socket, ...args: unknown[]): boolean {
    if (!corked) {
      corked = true;
      this.cork();
      process.nextTick(uncork);
    }
    return (write as (...a: unknown[]) => boolean).apply(this, args);
  } as typeof socket.write;
}
