// Starts Neo4j Community in this JVM: Bolt on 127.0.0.1, authentication on, data in a directory; prints the Bolt URI
// on one line of stdout when ready; shuts the database down cleanly on SIGTERM/SIGINT (a shutdown hook).
package local.citydiplomacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Usage: {@code java -cp … local.citydiplomacy.Neo4jLauncher [--port N] [--data-dir DIR | --temp] [--exit-on-stdin-close]}.
 *
 * <ul>
 *   <li>{@code --port N}: Bolt port on 127.0.0.1 (default NEO4J_BOLT_PORT or 7687); 0 picks a free port, and the URI
 *       printed says which.</li>
 *   <li>{@code --data-dir DIR}: the Neo4j home (databases, transaction logs, debug.log); created if missing, kept.
 *       {@code --temp}: a fresh temporary directory, deleted at shutdown.</li>
 *   <li>The password of user {@code neo4j} comes from NEO4J_PASSWORD (at least 8 characters, Neo4j's minimum). It
 *       is set on every start, so the environment always wins over what an older run stored.</li>
 *   <li>{@code --exit-on-stdin-close}: shut down when standard input closes, so a parent script that dies without
 *       signalling does not leave a database running.</li>
 * </ul>
 *
 * When Bolt accepts connections, stdout gets exactly one line: the URI, e.g. {@code bolt://127.0.0.1:7687}.
 * Everything else goes to stderr (and Neo4j's own log to DIR/logs/debug.log).
 */
public final class Neo4jLauncher {
  private static final PrintStream OUT = System.out;
  private static final PrintStream ERR = System.err;

  public static void main(String[] args) throws Exception {
    int port = parsePort(envOr("NEO4J_BOLT_PORT", "7687"));
    Path dataDir = null;
    boolean temp = false;
    boolean exitOnStdinClose = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = parsePort(value(args, ++i, "--port"));
        case "--data-dir" -> dataDir = Path.of(value(args, ++i, "--data-dir"));
        case "--temp" -> temp = true;
        case "--exit-on-stdin-close" -> exitOnStdinClose = true;
        default -> fail("unknown argument " + args[i]);
      }
    }
    if (temp == (dataDir != null)) fail("give exactly one of --data-dir DIR and --temp");
    String password = System.getenv("NEO4J_PASSWORD");
    if (password == null || password.length() < 8) {
      fail("NEO4J_PASSWORD must be set, at least 8 characters (Neo4j's minimum password length)");
    }

    Path home = temp ? Files.createTempDirectory("neo4j-") : dataDir.toAbsolutePath();
    Files.createDirectories(home);
    final boolean deleteHome = temp;
    long started = System.nanoTime();

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        // Small by default: the test graphs are tiny, and the machine runs jest beside it. NEO4J_PAGECACHE_MB for a
        // benchmark whose graph should fit in memory (bench:world:neo4j).
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb()))
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
        // Deadlocks surface at once (Neo4j detects them), lock waits of other kinds give up after 20 s.
        .setConfig(GraphDatabaseSettings.lock_acquisition_timeout, Duration.ofSeconds(20))
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      ERR.println("neo4j launcher: shutting down");
      try {
        dbms.shutdown();
      } catch (RuntimeException e) {
        ERR.println("neo4j launcher: shutdown failed: " + e);
      }
      if (deleteHome) deleteRecursively(home);
      ERR.println("neo4j launcher: stopped");
      stopped.countDown();
    }, "neo4j-shutdown"));

    setPassword(dbms, password);
    GraphDatabaseService neo4j = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    int boltPort = ((GraphDatabaseAPI) neo4j).getDependencyResolver()
        .resolveDependency(ConnectorPortRegister.class)
        .getLocalAddress(ConnectorType.BOLT)
        .getPort();
    ERR.printf("neo4j launcher: Neo4j %s ready in %d ms, data in %s%s%n",
        org.neo4j.kernel.internal.Version.getNeo4jVersion(),
        (System.nanoTime() - started) / 1_000_000, home, deleteHome ? " (deleted at shutdown)" : "");
    OUT.println("bolt://127.0.0.1:" + boltPort);
    OUT.flush();

    if (exitOnStdinClose) {
      Thread watcher = new Thread(() -> {
        try (InputStream in = System.in) {
          while (in.read() != -1) {
            // ignore input; wait for end of stream
          }
        } catch (IOException ignored) {
          // treat as closed
        }
        ERR.println("neo4j launcher: standard input closed");
        System.exit(0);
      }, "stdin-watcher");
      watcher.setDaemon(true);
      watcher.start();
    }
    stopped.await();
  }

  /**
   * Community Edition creates user neo4j with password "neo4j" that must be changed before use. The supported way to
   * set it without neo4j-admin is a system-database command; it fails when the password is unchanged, which is fine.
   */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    try {
      system.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) throw e;
    }
  }

  private static void deleteRecursively(Path root) {
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
          Files.deleteIfExists(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      ERR.println("neo4j launcher: could not delete " + root + ": " + e);
    }
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  private static String value(String[] args, int i, String flag) {
    if (i >= args.length) fail(flag + " needs a value");
    return args[i];
  }

  private static int parsePort(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port >= 0 && port <= 65535) return port;
    } catch (NumberFormatException ignored) {
      // fall through
    }
    fail("port must be an integer between 0 and 65535, got " + text);
    return -1;
  }

  /** NEO4J_PAGECACHE_MB, a whole number of mebibytes; 64 when unset. */
  private static long pageCacheMb() {
    String value = System.getenv("NEO4J_PAGECACHE_MB");
    if (value == null || value.isBlank()) return 64;
    try {
      long mb = Long.parseLong(value.trim());
      if (mb >= 8) return mb;
    } catch (NumberFormatException e) {
      // reported below
    }
    fail("NEO4J_PAGECACHE_MB must be a whole number of mebibytes, at least 8; got " + value);
    return 64;
  }

  private static void fail(String message) {
    ERR.println("neo4j launcher: " + message);
    System.exit(2);
  }

  private Neo4jLauncher() {}
}
