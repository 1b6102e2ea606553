package policygraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community as an embedded database management service with only the Bolt
 * connector on 127.0.0.1, for the Node process that spawned it.
 *
 * Args: homeDir port pageCacheMb txTimeoutSeconds [auth]. With "auth" the server requires credentials (the stock
 * neo4j/neo4j user); without it, it accepts any, which is safe only because Bolt listens on loopback alone.
 * Prints one line "READY bolt://127.0.0.1:PORT" once Bolt accepts connections.
 * Stops on SIGTERM/SIGINT and, so that a killed parent never leaves a Java process behind,
 * as soon as its stdin reaches end of file (the parent's end of the pipe closes when it dies).
 */
public final class EmbeddedNeo4j {
    private EmbeddedNeo4j() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: EmbeddedNeo4j HOME PORT PAGECACHE_MB TX_TIMEOUT_S");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        long pageCacheMb = Long.parseLong(args[2]);
        long txTimeoutSeconds = Long.parseLong(args[3]);
        boolean auth = args.length > 4 && "auth".equals(args[4]);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds))
                // Netty's default 5 s quiet period would make every stop (Ctrl-C, end of a test run) wait for nothing.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
                .build();
        // Touch the default database so that it is online before READY is announced.
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();

        Thread watchdog = new Thread(() -> {
            try (InputStream in = System.in) {
                byte[] buf = new byte[256];
                while (in.read(buf) >= 0) {
                    // Input is ignored; only end of file matters.
                }
            } catch (IOException ignored) {
                // A broken pipe means the parent is gone as surely as EOF does.
            }
            System.exit(0);
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        stopped.await();
    }
}
