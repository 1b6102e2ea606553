import net from 'node:net';

/**
 * A TCP relay in front of the real Neo4j that can stop passing bytes: the driver stays connected but hears nothing, as
 * from a stopped server process or a dropped network. Not a stand-in for Neo4j: every byte that does pass is Neo4j's.
 */
export interface FreezableProxy {
  uri: string;
  freeze(): void;
  thaw(): void;
  close(): Promise<void>;
}

export async function startFreezableProxy(target: string): Promise<FreezableProxy> {
  const { hostname, port } = new URL(target.replace(/^neo4j(\+s|\+ssc)?:/, 'bolt:'));
  let frozen = false;
  const sockets = new Set<net.Socket>();
  const pipes: { from: net.Socket; to: net.Socket }[] = [];
  const relay = (from: net.Socket, to: net.Socket): void => {
    pipes.push({ from, to });
    from.on('data', (chunk) => {
      if (!frozen) to.write(chunk);
    });
  };
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(port), hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    relay(client, upstream);
    relay(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  return {
    uri: `bolt://127.0.0.1:${address.port}`,
    freeze: () => {
      frozen = true;
    },
    thaw: () => {
      frozen = false;
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
