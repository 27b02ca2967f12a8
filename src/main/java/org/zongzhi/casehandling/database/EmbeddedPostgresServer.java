package org.zongzhi.casehandling.database;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL as the server runs it. zonky's defaults suit throw-away test databases
 * (trust for everyone, socket in /tmp, fsync off); here every connection needs the superuser's
 * password, TCP listens on 127.0.0.1 only, the socket sits in a private directory, and a commit is
 * on disk before it is acknowledged.
 */
final class EmbeddedPostgresServer implements Closeable {

    static final String SUPERUSER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    /** sun_path holds 108 bytes with its final NUL, and the socket is {@code <dir>/.s.PGSQL.<port>}. */
    private static final int SOCKET_PATH_LIMIT = 107;

    private final EmbeddedPostgres postgres;
    private final EmbeddedPostgresFiles files;
    private final String password;
    private final Optional<Path> socketDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, EmbeddedPostgresFiles files, String password,
                                   Optional<Path> socketDirectory) {
        this.postgres = postgres;
        this.files = files;
        this.password = password;
        this.socketDirectory = socketDirectory;
    }

    /** @param port null for a free port */
    static EmbeddedPostgresServer start(Path dataDirectory, Integer port) throws IOException {
        EmbeddedPostgresFiles files = EmbeddedPostgresFiles.beside(dataDirectory);
        Files.createDirectories(files.dataDirectory());
        String password = SuperuserSecret.readOrCreate(files.secretFile());
        Optional<Path> socketDirectory = privateSocketDirectory(files.socketDirectory());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(files.dataDirectory())
                .setCleanDataDirectory(false)
                // Spring stops it after the pool closes; its own JVM hook would race the graceful shutdown.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "200")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("unix_socket_directories",
                        shellQuoted(socketDirectory.map(EmbeddedPostgresServer::listElement).orElse("")))
                .setServerConfig("unix_socket_permissions", "0700")
                // zonky starts postgres with -F (fsync off) and synchronous_commit=off; a -c given later wins.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("password_encryption", "scram-sha-256")
                // zonky's readiness check logs in as the superuser over TCP.
                .setConnectConfig("password", password)
                .setDataDirectoryCustomizer(new DataDirectoryPreparation(password));
        if (port != null) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL started on 127.0.0.1:{} (socket directory {}), data in {},"
                        + " superuser password in {}", postgres.getPort(),
                socketDirectory.map(Path::toString).orElse("none"), files.dataDirectory(), files.secretFile());
        return new EmbeddedPostgresServer(postgres, files, password, socketDirectory);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/postgres";
    }

    int port() {
        return postgres.getPort();
    }

    String password() {
        return password;
    }

    EmbeddedPostgresFiles files() {
        return files;
    }

    /** Empty when the path would be too long for a Unix socket: then TCP on 127.0.0.1 is the only way in. */
    Optional<Path> socketDirectory() {
        return socketDirectory;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    private static Optional<Path> privateSocketDirectory(Path directory) throws IOException {
        int length = (directory + "/.s.PGSQL.65535").getBytes(UTF_8).length;
        if (length > SOCKET_PATH_LIMIT) {
            log.warn("{} is too long for a Unix socket ({} of at most {} bytes); the embedded PostgreSQL gets no"
                    + " socket and listens on 127.0.0.1 only. A shorter data directory path brings the socket back.",
                    directory, length, SOCKET_PATH_LIMIT);
            return Optional.empty();
        }
        if (Files.isSymbolicLink(directory) || (Files.exists(directory) && !Files.isDirectory(directory))) {
            throw new IllegalStateException(directory + " must be a directory of its own for the embedded"
                    + " PostgreSQL's socket; move whatever is there away and start again.");
        }
        Files.createDirectories(directory);
        // Only the owner may reach the socket at all; the password is the second lock.
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        }
        return Optional.of(directory);
    }

    /** One element of a PostgreSQL list setting, quoted so a comma or space in the path stays in it. */
    private static String listElement(Path path) {
        return "\"" + path.toString().replace("\"", "\"\"") + "\"";
    }

    /** zonky hands the -c options to pg_ctl as one string, which the shell splits: quote the value. */
    private static String shellQuoted(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
