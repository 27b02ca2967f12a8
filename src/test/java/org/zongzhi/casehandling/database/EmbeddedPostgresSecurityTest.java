package org.zongzhi.casehandling.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zongzhi.casehandling.CaseHandlingTest;

/** The embedded PostgreSQL of a running server: nobody gets in without the password, and a commit is on disk. */
@CaseHandlingTest
class EmbeddedPostgresSecurityTest {

    @Autowired
    EmbeddedPostgresServer postgres;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aConnectionWithoutThePasswordIsRefusedOverTcp() throws Exception {
        assertThatThrownBy(() -> DriverManager.getConnection(postgres.jdbcUrl(), login(null)).close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("no password was provided");
        assertThatThrownBy(() -> DriverManager.getConnection(postgres.jdbcUrl(), login("postgres")).close())
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("28P01"));
        // What trust would answer with AuthenticationOk (0), the server answers with a SCRAM challenge.
        assertThat(StartupProbe.overTcp(postgres.port()))
                .isEqualTo(new StartupProbe.Answer(StartupProbe.Answer.SASL, java.util.List.of("SCRAM-SHA-256"), null));
    }

    @Test
    void theSocketIsInAPrivateDirectoryBesideTheDataAndAsksForThePasswordToo() throws Exception {
        Path socketDirectory = postgres.socketDirectory().orElseThrow();
        assertThat(socketDirectory.getParent()).isEqualTo(postgres.files().dataDirectory().getParent());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socketDirectory))).isEqualTo("rwx------");
        assertThat(socketDirectory.resolve(".s.PGSQL." + postgres.port())).exists();
        assertThat(Path.of("/tmp", ".s.PGSQL." + postgres.port())).doesNotExist();

        assertThat(StartupProbe.overSocket(socketDirectory, postgres.port()))
                .isEqualTo(new StartupProbe.Answer(StartupProbe.Answer.SASL, java.util.List.of("SCRAM-SHA-256"), null));
    }

    @Test
    void everyRuleAsksForThePasswordAndTcpListensOnLoopbackOnly() throws Exception {
        assertThat(jdbc.queryForList("select distinct type || ' ' || auth_method from pg_hba_file_rules"
                + " where error is null", String.class))
                .containsExactlyInAnyOrder("local scram-sha-256", "host scram-sha-256");
        assertThat(jdbc.queryForObject("select count(*) from pg_hba_file_rules where error is not null", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("show listen_addresses", String.class)).isEqualTo("127.0.0.1");
        assertThat(jdbc.queryForObject("select rolpassword from pg_authid where rolname = 'postgres'", String.class))
                .startsWith("SCRAM-SHA-256$");

        Path secret = postgres.files().secretFile();
        assertThat(secret.getParent()).isEqualTo(postgres.files().dataDirectory().getParent());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
        assertThat(Files.readString(secret).strip()).isEqualTo(postgres.password()).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void aCommitIsOnDiskBeforeItIsAcknowledged() {
        // zonky starts postgres with -F (fsync off); the -c fsync=on that follows it must win.
        assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("show full_page_writes", String.class)).isEqualTo("on");
    }

    private static Properties login(String password) {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        if (password != null) {
            properties.setProperty("password", password);
        }
        return properties;
    }
}
