package org.zongzhi.casehandling.callbacks;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.zongzhi.casehandling.database.ChildServer;

/**
 * kill -9 after the case committed and before its status reached the channel loses nothing: the
 * update waits in the outbox, and the restarted server delivers it by itself.
 */
class StatusCallbackKillNineTest {

    private static final Duration START_LIMIT = Duration.ofSeconds(150);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    @Timeout(value = 400, unit = TimeUnit.SECONDS)
    void aStatusCommittedBeforeAKillNineIsDeliveredAfterTheRestart() throws Exception {
        try (ChannelSystem hotline = new ChannelSystem()) {
            Path directory = directoryWithCallback(hotline.url());
            String[] common = {"--spring.profiles.active=demo", "--zongzhi.demo.cases=false",
                    "--zongzhi.directory.location=file:" + directory, "--ZONGZHI_CALLBACK_KEY_TEST=kill-nine-key"};
            // The first server looks at its outbox once at start and then not for an hour: the kill
            // certainly falls between the commit and the delivery.
            try (ChildServer first = ChildServer.start("callback-kill-nine", concat(common,
                    "--zongzhi.callbacks.poll-interval=PT1H", "--camunda.bpm.job-execution.enabled=false"))) {
                first.awaitReady(START_LIMIT);
                String reference = "12345-" + UUID.randomUUID();
                String caseNo = register(first.url(), reference);
                Thread.sleep(1000);
                assertThat(hotline.received()).as("nothing delivered before the kill").isEmpty();

                first.kill();

                try (ChildServer second = ChildServer.restartAfter(first, concat(common,
                        "--zongzhi.callbacks.poll-interval=PT0.5S"))) {
                    second.awaitReady(START_LIMIT);
                    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                    while (hotline.taken().isEmpty() && System.nanoTime() < deadline) {
                        Thread.sleep(200);
                    }
                    assertThat(hotline.taken()).as("the status of %s after the restart", caseNo).isNotEmpty();
                    var accepted = json.readTree(hotline.taken().get(0).body());
                    assertThat(accepted.get("caseNo").asText()).isEqualTo(caseNo);
                    assertThat(accepted.get("channelReference").asText()).isEqualTo(reference);
                    assertThat(accepted.get("step").asText()).isEqualTo("ACCEPTED");
                    assertThat(hotline.taken().get(0).signature()).isEqualTo("hmac-sm3=" + ChannelStatusClient.sign(
                            "kill-nine-key", hotline.taken().get(0).timestamp(), hotline.taken().get(0).body()));
                }
            }
        }
    }

    /** The demo directory, with the 12345 hotline's system taking status updates at the loopback address. */
    private static Path directoryWithCallback(String url) throws Exception {
        String demo;
        try (InputStream in = StatusCallbackKillNineTest.class.getResourceAsStream("/directory/demo-county.yml")) {
            demo = new String(in.readAllBytes(), UTF_8);
        }
        String withCallback = demo.replace("channel: HOTLINE_12345}",
                "channel: HOTLINE_12345, callback: {url: '" + url + "', secret: ZONGZHI_CALLBACK_KEY_TEST}}");
        assertThat(withCallback).isNotEqualTo(demo);
        Path file = Path.of("target", "child-servers", "callback-directory-" + UUID.randomUUID() + ".yml")
                .toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.writeString(file, withCallback, UTF_8);
        return file;
    }

    private String register(String server, String reference) throws Exception {
        Map<String, Object> matter = Map.of(
                "channel", "HOTLINE_12345",
                "externalRef", reference,
                "reporter", Map.of("name", "周秀英", "phone", "13912345678"),
                "place", Map.of("townshipCode", "SFX-DH", "villageCode", "SFX-DH-HW", "address", "河湾村三组"),
                "matterType", "邻里纠纷",
                "summary", "邻居加盖房屋挡住采光，多次协商未果");
        HttpResponse<String> receipt = http.send(HttpRequest.newBuilder(URI.create(server + "/api/cases"))
                        .header("Authorization", "Basic " + Base64.getEncoder()
                                .encodeToString("channel-hotline-12345:channel-hotline-12345".getBytes(UTF_8)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(matter), UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));
        assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(201);
        return json.readTree(receipt.body()).get("caseNo").asText();
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
