package org.zongzhi.casehandling.database;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.zongzhi.casehandling.CaseHandlingApplication;

/**
 * kill -9 of the server JVM leaves its PostgreSQL running on the data directory. The next start
 * must stop that PostgreSQL by itself and then serve every case it acknowledged before the kill,
 * and carry on the ones whose 登记立案 had not run yet: the answer commits the case together with
 * its continuation job, so the restarted job executor brings the case to 研判定级. The server runs
 * as a child JVM, as in production; every process is stopped at the end.
 */
class KillNineRecoveryTest {

    /** A guard against a hang, not a slow start: CI and other builds share two cores. */
    private static final Duration START_LIMIT = Duration.ofSeconds(100);
    /** The job executor is hinted at once; this only bounds a loaded machine's scheduling. */
    private static final Duration CONTINUATION_LIMIT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final List<Process> servers = new ArrayList<>();
    private final Path dataDirectory = Path.of("target", "kill-nine-test", UUID.randomUUID().toString().substring(0, 8),
            "postgres").toAbsolutePath();

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aServerKilledWithSigkillComesBackByItselfAndServesTheAcknowledgedCase() throws Exception {
        int firstPort = freePort();
        // Its job executor is off, so the kill certainly comes before the continuation ran; with it
        // on, the continuation would follow the answer within milliseconds and prove nothing here.
        Process first = startServer(firstPort, "first", "--camunda.bpm.job-execution.enabled=false");
        awaitHealthy(first, firstPort, "first");
        String externalRef = "12345-" + UUID.randomUUID();
        String caseNo = register(firstPort, externalRef);
        assertThat(caseView(firstPort, caseNo).at("/caseRecord/status").asText()).isEqualTo("REGISTERED");
        long leftBehind = postmasterPid();

        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL on Linux: no shutdown hook runs
        assertThat(first.isAlive()).isFalse();
        assertThat(ProcessHandle.of(leftBehind).filter(ProcessHandle::isAlive))
                .as("PostgreSQL %s outlives the killed JVM (the situation this test is about)", leftBehind)
                .isPresent();

        int secondPort = freePort();
        Process second = startServer(secondPort, "second");
        awaitHealthy(second, secondPort, "second");
        assertThat(ProcessHandle.of(leftBehind).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(postmasterPid()).isNotEqualTo(leftBehind);

        JsonNode view = caseView(secondPort, caseNo);
        assertThat(view.at("/caseRecord/caseNo").asText()).isEqualTo(caseNo);
        assertThat(view.at("/caseRecord/externalRef").asText()).isEqualTo(externalRef);

        // 研判定级 was created for it (the task's listener moves the case to 研判中), without anyone's help.
        long deadline = System.nanoTime() + CONTINUATION_LIMIT.toNanos();
        while (!"ASSESSING".equals(view.at("/caseRecord/status").asText()) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            view = caseView(secondPort, caseNo);
        }
        assertThat(view.at("/caseRecord/status").asText()).as("status of %s %s after the restart", caseNo,
                CONTINUATION_LIMIT).isEqualTo("ASSESSING");
        assertThat(view.at("/statusLabel").asText()).isEqualTo("研判中");
    }

    private JsonNode caseView(int port, String caseNo) throws Exception {
        HttpResponse<String> found = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/cases/" + caseNo))
                .header("Authorization", basic("admin")).GET().build(), HttpResponse.BodyHandlers.ofString(UTF_8));
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        return json.readTree(found.body());
    }

    @AfterEach
    void stopEveryProcess() throws Exception {
        for (Process server : servers) {
            if (server.isAlive()) {
                server.destroy(); // SIGTERM: the graceful shutdown stops its PostgreSQL too
                if (!server.waitFor(30, TimeUnit.SECONDS)) {
                    server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
        // Whatever a failed run left running on the data directory; no server JVM is alive to own it.
        if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            new OrphanedServerStopper(PostgresBinaries.unpackedByZonky()).clear(dataDirectory);
        }
    }

    private Process startServer(int port, String name, String... arguments) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = dataDirectory.resolveSibling(name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(java.toString(),
                // A quick start on two cores matters more here than peak speed.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx768m",
                "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8",
                "-cp", classPath(),
                CaseHandlingApplication.class.getName(),
                "--spring.profiles.active=demo",
                "--server.port=" + port,
                "--zongzhi.embedded-postgres.data-directory=" + dataDirectory,
                "--management.endpoint.health.probes.enabled=true"));
        command.addAll(List.of(arguments));
        Process server = new ProcessBuilder(command)
                .directory(log.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        servers.add(server);
        return server;
    }

    /** Surefire's class path ends with an empty entry, the working directory, which holds bpmn/ a second time. */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private void awaitHealthy(Process server, int port, String name) throws Exception {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        // Readiness, not health: health is UP once the web server listens, before the start-up
        // runners have loaded the directory (the channel's login) and the demo cases.
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                fail("The %s server exited with %d before it was healthy:%n%s", name, server.exitValue(), logTail(name));
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return;
                }
            } catch (ConnectException notYetListening) {
                // still starting
            }
            Thread.sleep(500);
        }
        fail("The %s server was not healthy within %d s:%n%s", name, START_LIMIT.toSeconds(), logTail(name));
    }

    private String register(int port, String externalRef) throws Exception {
        Map<String, Object> matter = Map.of(
                "channel", "HOTLINE_12345",
                "externalRef", externalRef,
                "reporter", Map.of("name", "周秀英", "phone", "13912345678"),
                "place", Map.of("townshipCode", "SFX-DH", "villageCode", "SFX-DH-HW", "address", "河湾村三组"),
                "matterType", "邻里纠纷",
                "summary", "邻居加盖房屋挡住采光，多次协商未果");
        HttpResponse<String> receipt = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/api/cases"))
                        .header("Authorization", basic("channel-hotline-12345"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(matter), UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));
        assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(201);
        String caseNo = json.readTree(receipt.body()).get("caseNo").asText();
        assertThat(caseNo).matches("SFX-\\d{4}-\\d{6}");
        return caseNo;
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
    }

    /** Demo logins have their id as password. */
    private static String basic(String login) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + login).getBytes(UTF_8));
    }

    private String logTail(String name) throws IOException {
        List<String> lines = Files.readAllLines(dataDirectory.resolveSibling(name + ".log"), UTF_8);
        return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
