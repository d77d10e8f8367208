package ua.vidguk.database;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process MongoDB-protocol server (mongo-java-server) over an H2 MVStore file, listening on
 * a free loopback port.
 */
final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);
    static final String STORE_FILE = "vidguk.mv.db";
    // The MongoDB driver's default connection pool: every connection gets a thread to wait on.
    static final int WORKER_THREADS = 100;

    private final MongoServer server;
    private final WriteThroughH2Backend backend;
    private final String connectionString;
    private final Path storeFile;

    private EmbeddedMongoServer(Path storeFile, EmbeddedDatabaseProperties settings) {
        this.storeFile = storeFile;
        this.backend = new WriteThroughH2Backend(
                openStore(storeFile, settings.cacheMegabytes()), settings.writeThrough(), settings.commitDelay());
        this.server = new MongoServer(backend);
        // Each connection's commands run on one of these threads, and a writer holds its thread until
        // its commit: more threads let more writers share one commit (GroupCommit).
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1, WORKER_THREADS);
        this.connectionString =
                "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    }

    static EmbeddedMongoServer start(Path dataDir, EmbeddedDatabaseProperties settings) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir.toAbsolutePath(), e);
        }
        EmbeddedMongoServer embedded = new EmbeddedMongoServer(dataDir.resolve(STORE_FILE), settings);
        log.info(
                "Database: embedded MongoDB-protocol server on {}, data in {}, {}",
                embedded.connectionString,
                embedded.storeFile.toAbsolutePath().normalize(),
                settings.writeThrough()
                        ? "each write committed before it is acknowledged"
                        : "committed about once a second");
        return embedded;
    }

    private static MVStore openStore(Path file, int cacheMegabytes) {
        // The background writer (every second by default) stays on, to compact the file; acknowledged
        // writes are committed by WriteThroughH2Backend before the answer goes out.
        return new MVStore.Builder()
                .fileName(file.toString())
                .cacheSize(cacheMegabytes)
                .open();
    }

    String connectionString() {
        return connectionString;
    }

    @Override
    public void close() {
        server.shutdownNow();
        backend.close();
    }
}
