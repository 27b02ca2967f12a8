package org.zongzhi.casehandling.database;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.zongzhi.casehandling.CaseHandlingApplication;

/**
 * The server as the README starts it, in a JVM of its own with its own embedded PostgreSQL under
 * target/: for tests that need what one shared test context cannot be (the demo profile with its
 * cases, a kill -9). Closing it stops the JVM and whatever PostgreSQL it left behind.
 */
public final class ChildServer implements AutoCloseable {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Path dataDirectory;
    private final Path log;
    private final int port;
    private final Process process;

    private ChildServer(String name, List<String> arguments) throws IOException {
        this(Path.of("target", "child-servers", name + "-" + UUID.randomUUID().toString().substring(0, 8),
                "postgres").toAbsolutePath(), arguments);
    }

    private ChildServer(Path dataDirectory, List<String> arguments) throws IOException {
        this.dataDirectory = dataDirectory;
        Path firstLog = dataDirectory.resolveSibling("server.log");
        // A restart on the same directory keeps the killed server's log beside its own.
        log = Files.exists(firstLog) ? dataDirectory.resolveSibling("server-restarted-" + System.nanoTime() + ".log")
                : firstLog;
        Files.createDirectories(log.getParent());
        port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // A quick start on two cores matters more here than peak speed.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx768m",
                "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8",
                "-cp", classPath(),
                CaseHandlingApplication.class.getName(),
                "--server.port=" + port,
                "--zongzhi.embedded-postgres.data-directory=" + dataDirectory,
                "--management.endpoint.health.probes.enabled=true"));
        command.addAll(arguments);
        process = new ProcessBuilder(command).directory(log.getParent().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Starts a server with these arguments (e.g. {@code --spring.profiles.active=demo}). */
    public static ChildServer start(String name, String... arguments) throws IOException {
        return new ChildServer(name, List.of(arguments));
    }

    /**
     * Starts a server on the data directory a killed one left behind (its PostgreSQL still
     * running): the restart after a crash. Close this one before the killed one.
     */
    public static ChildServer restartAfter(ChildServer killed, String... arguments) throws IOException {
        return new ChildServer(killed.dataDirectory, List.of(arguments));
    }

    /** kill -9: no shutdown hook runs, the PostgreSQL child keeps running. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * Waits for readiness, not health: health is UP once the web server listens, before the
     * start-up runners have loaded the directory and the demo cases.
     */
    public ChildServer awaitReady(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("The server exited with %d before it was ready:%n%s", process.exitValue(), logTail());
            }
            try {
                HttpResponse<String> answer = http.send(readiness, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return this;
                }
            } catch (ConnectException notYetListening) {
                // still starting
            }
            Thread.sleep(500);
        }
        return fail("The server was not ready within %d s:%n%s", limit.toSeconds(), logTail());
    }

    public String logTail() throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() throws Exception {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            new OrphanedServerStopper(PostgresBinaries.unpackedByZonky()).clear(dataDirectory);
        }
    }

    /** Surefire's class path ends with an empty entry, the working directory, which holds bpmn/ a second time. */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
