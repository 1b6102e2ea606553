import net from 'node:net';
import { enableTcpNoDelay } from '../../../src/db/tcp-nodelay';

/** A loopback server that keeps every byte it receives, and a socket connected to it as the Bolt driver connects. */
async function connectedPair(): Promise<{ client: net.Socket; received: () => Buffer; close: () => Promise<void> }> {
  const chunks: Buffer[] = [];
  const server = net.createServer((s) => s.on('data', (d: Buffer) => chunks.push(d)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  enableTcpNoDelay();
  const client = net.connect(port, '127.0.0.1');
  await new Promise<void>((resolve) => client.once('connect', resolve));
  return {
    client,
    received: () => Buffer.concat(chunks),
    close: async () => {
      client.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('sockets this process opens', () => {
  it('send the writes of one tick together, in order, at the end of the tick', async () => {
    const pair = await connectedPair();
    try {
      const system = { write: 0, writev: 0 };
      const proto = net.Socket.prototype as unknown as Record<'_write' | '_writev', (...a: unknown[]) => unknown>;
      const client = pair.client as unknown as Record<'_write' | '_writev', (...a: unknown[]) => unknown>;
      client._write = (...a: unknown[]) => ((system.write += 1), proto._write.apply(pair.client, a));
      client._writev = (...a: unknown[]) => ((system.writev += 1), proto._writev.apply(pair.client, a));

      // As the driver sends a statement with large parameters: one 1,400-byte write after another, in one tick.
      const parts = Array.from({ length: 100 }, (_, i) => Buffer.alloc(1400, i));
      for (const part of parts) pair.client.write(part);
      expect(system).toEqual({ write: 0, writev: 0 });
      await new Promise((resolve) => process.nextTick(resolve));
      expect(system).toEqual({ write: 0, writev: 1 });

      // A write in a later tick goes out by itself.
      pair.client.write(Buffer.from('end'));
      await new Promise((resolve) => setImmediate(resolve));
      expect(system).toEqual({ write: 1, writev: 1 });

      const expected = Buffer.concat([...parts, Buffer.from('end')]);
      for (let i = 0; i < 100 && pair.received().length < expected.length; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(pair.received().equals(expected)).toBe(true);
    } finally {
      await pair.close();
    }
  });
});
