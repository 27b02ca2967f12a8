package org.zongzhi.casehandling.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import org.zongzhi.casehandling.cases.Channel;

/**
 * Writes synthetic matters for bench/ (wrk replays them): one line per matter, the channel login's
 * Authorization header, a tab, the JSON body. The channel reference carries the placeholder
 * {@value #REF} where the run's token was, so the Lua script makes every request's reference unique.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.mainClass=org.zongzhi.casehandling.intake.IntakeBodies \
 *     -Dexec.args="http://127.0.0.1:18080 2000 bench/target/intake-bodies.tsv"</pre>
 */
public final class IntakeBodies {

    static final String REF = "@REF@";

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: IntakeBodies <baseUrl> <count> <outFile>");
        }
        URI base = URI.create(args[0].replaceAll("/+$", ""));
        int count = Integer.parseInt(args[1]);
        Map<Channel, String> logins = IntakeLoadGenerator.demoChannelLogins();
        ObjectMapper json = new ObjectMapper();
        HttpResponse<String> catalog = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/api/catalog"))
                .header("Authorization", basic(logins.get(Channel.HOTLINE_12345))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (catalog.statusCode() != 200) {
            throw new IllegalStateException("GET " + base + "/api/catalog answered " + catalog.statusCode());
        }
        JsonNode catalogJson = json.readTree(catalog.body());
        IntakeLoadGenerator.SyntheticIntakes intakes = new IntakeLoadGenerator.SyntheticIntakes(catalogJson,
                new Random(17));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
            for (int i = 0; i < count; i++) {
                Channel channel = intakes.channel();
                Map<String, Object> matter = intakes.matter(channel, i);
                String ref = (String) matter.get("externalRef");
                String seq = intakes.run + "-" + String.format("%06d", i);
                if (!ref.contains(seq)) {
                    throw new IllegalStateException("reference " + ref + " does not carry " + seq);
                }
                matter.put("externalRef", ref.replace(seq, REF));
                out.print(basic(logins.get(channel)));
                out.print('\t');
                out.println(json.writeValueAsString(matter));
            }
        }
    }

    private static String basic(String login) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + login).getBytes(StandardCharsets.UTF_8));
    }
}
