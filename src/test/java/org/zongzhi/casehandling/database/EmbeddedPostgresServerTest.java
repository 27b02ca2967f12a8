package org.zongzhi.casehandling.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Starts of the embedded PostgreSQL on data directories that earlier versions or crashes left behind. */
class EmbeddedPostgresServerTest {

    @Test
    void aDataDirectoryOfTheOldTrustSetUpKeepsItsDataAndNeedsThePasswordFromNowOn() throws Exception {
        Path dataDirectory = newDataDirectory();
        // The set-up before password authentication: zonky's defaults, trust for every local connection.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false).setRegisterShutdownHook(false).start();
             Connection connection = old.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create table registered_before_upgrade (summary text)");
            statement.execute("insert into registered_before_upgrade values ('小区电梯长期停运')");
        }
        EmbeddedPostgresFiles files = EmbeddedPostgresFiles.beside(dataDirectory);
        assertThat(files.secretFile()).doesNotExist();

        try (EmbeddedPostgresServer upgraded = EmbeddedPostgresServer.start(dataDirectory, null)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.secretFile())))
                    .isEqualTo("rw-------");
            assertThat(Files.readString(files.secretFile()).strip()).isEqualTo(upgraded.password());
            try (Connection connection = DriverManager.getConnection(upgraded.jdbcUrl(), "postgres", upgraded.password());
                 Statement statement = connection.createStatement();
                 ResultSet kept = statement.executeQuery("select summary from registered_before_upgrade")) {
                assertThat(kept.next()).isTrue();
                assertThat(kept.getString(1)).isEqualTo("小区电梯长期停运");
            }
            assertThatThrownBy(() -> DriverManager.getConnection(upgraded.jdbcUrl(), "postgres", null).close())
                    .isInstanceOf(SQLException.class);
            assertThat(StartupProbe.overSocket(upgraded.socketDirectory().orElseThrow(), upgraded.port())
                    .authenticationCode()).isEqualTo(StartupProbe.Answer.SASL);
            assertThat(Files.readString(dataDirectory.resolve("pg_hba.conf")))
                    .isEqualTo(ClientAuthenticationFile.PASSWORD_ONLY).doesNotContain(" trust");
        }
    }

    @Test
    void aPasswordWrittenIntoTheSecretFileTakesEffectAtTheNextStart() throws Exception {
        Path dataDirectory = newDataDirectory();
        EmbeddedPostgresServer.start(dataDirectory, null).close();
        Path secret = EmbeddedPostgresFiles.beside(dataDirectory).secretFile();
        Files.writeString(secret, "operator's-new-password\n");

        try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.start(dataDirectory, null);
             Connection connection = DriverManager.getConnection(restarted.jdbcUrl(), "postgres",
                     "operator's-new-password")) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }

    @Test
    void aStalePostmasterPidDoesNotBlockTheStartNorStopsTheProcessItNames() throws Exception {
        Path dataDirectory = newDataDirectory();
        String pidFile;
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dataDirectory, null)) {
            pidFile = Files.readString(dataDirectory.resolve("postmaster.pid"));
        }
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        // After a reboot the PID may belong to anything; PostgreSQL alone would take it for a postmaster.
        Process unrelated = new ProcessBuilder("sleep", "60").start();
        try {
            for (long pid : new long[] {finished.pid(), unrelated.pid()}) {
                Files.writeString(dataDirectory.resolve("postmaster.pid"), pidFile.replaceFirst("^\\d+", Long.toString(pid)));
                try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.start(dataDirectory, null);
                     Connection connection = DriverManager.getConnection(restarted.jdbcUrl(), "postgres",
                             restarted.password())) {
                    assertThat(connection.isValid(5)).isTrue();
                }
            }
            assertThat(unrelated.isAlive()).isTrue();
        } finally {
            unrelated.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * Short names: the socket's path (<dir>-socket/.s.PGSQL.<port>) must stay under the 108 bytes of a
     * Unix socket address even in a checkout whose own path is long.
     */
    private static Path newDataDirectory() {
        return Path.of("target", "embedded-postgres-test", UUID.randomUUID().toString().substring(0, 8))
                .toAbsolutePath();
    }
}
