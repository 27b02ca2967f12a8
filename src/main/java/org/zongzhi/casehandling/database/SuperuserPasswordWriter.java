package org.zongzhi.casehandling.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Sets the superuser's password in single-user mode, before the server accepts connections. No
 * connection is needed, so a data directory of the old set-up (trust, superuser without password)
 * is upgraded without ever letting anyone in without the password.
 */
final class SuperuserPasswordWriter {

    /** Crash recovery runs here first when the last server was killed; give it time. */
    private static final Duration RECOVERY_ALLOWANCE = Duration.ofMinutes(10);

    private final PostgresBinaries binaries;

    SuperuserPasswordWriter(PostgresBinaries binaries) {
        this.binaries = binaries;
    }

    void write(Path dataDirectory, String password) {
        String statement = "ALTER ROLE " + EmbeddedPostgresServer.SUPERUSER + " WITH PASSWORD '"
                + password.replace("'", "''") + "';\n";
        PostgresBinaries.Outcome outcome = binaries.run("postgres", List.of("--single", "-D", dataDirectory.toString(),
                "-c", "password_encryption=scram-sha-256",
                // A failing statement would otherwise be logged, password and all.
                "-c", "log_statement=none", "-c", "log_min_error_statement=panic",
                "postgres"), statement, RECOVERY_ALLOWANCE);
        // Single-user mode reports a failed statement on its output but still exits with 0.
        if (outcome.status() != 0 || outcome.output().contains("ERROR:") || outcome.output().contains("FATAL:")) {
            throw new IllegalStateException("Cannot set the password of the embedded PostgreSQL superuser in "
                    + dataDirectory + " (postgres --single exited with " + outcome.status() + "): "
                    + outcome.output().replace(password, "[password]").strip());
        }
    }
}
