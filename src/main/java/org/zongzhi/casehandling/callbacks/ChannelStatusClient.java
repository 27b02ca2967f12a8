package org.zongzhi.casehandling.callbacks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.directory.ChannelCallback;
import org.zongzhi.casehandling.settings.Settings;

/**
 * POSTs one status update to a channel's system. The body is signed with HMAC-SM3 under the
 * channel's key (read from the environment setting the directory names, at each delivery, so a
 * rotated key needs no restart); the key never travels and is never logged. A failure throws with
 * the case, the channel and the reason, never the key.
 */
@Component
class ChannelStatusClient {

    static final String SIGNATURE = "X-Zongzhi-Signature";
    static final String TIMESTAMP = "X-Zongzhi-Timestamp";
    static final String DELIVERY = "Idempotency-Key";

    private final HttpClient http;
    private final ObjectMapper json;
    private final Environment environment;
    private final Duration readTimeout;

    ChannelStatusClient(ObjectMapper json, Environment environment, Settings settings) {
        this.json = json;
        this.environment = environment;
        this.readTimeout = settings.callbacks().readTimeout();
        this.http = HttpClient.newBuilder().connectTimeout(settings.callbacks().connectTimeout()).build();
    }

    /** What the channel's system receives. */
    record StatusUpdate(String deliveryId, String caseNo, String channel, String channelReference, String step,
                        String stepLabel, String result, String occurredAt) {
    }

    void deliver(ChannelCallback callback, StatusCallback update) {
        String key = environment.getProperty(callback.secretSetting());
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("渠道 " + callback.channel() + " 的回调密钥未配置（设置项 "
                    + callback.secretSetting() + "）");
        }
        String body;
        try {
            body = json.writeValueAsString(new StatusUpdate(update.deliveryId(), update.caseNo(), update.channel(),
                    update.externalRef(), update.step().name(), update.step().label(), update.resultText(),
                    update.occurredAt().toString()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the status update " + update.deliveryId() + " as JSON", e);
        }
        String timestamp = Instant.now(Clock.systemUTC()).toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(callback.url()))
                .timeout(readTimeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header(DELIVERY, update.deliveryId())
                .header(TIMESTAMP, timestamp)
                .header(SIGNATURE, "hmac-sm3=" + sign(key, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new IllegalStateException("渠道系统无法连接（" + callback.url() + "）：" + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("发送被中断", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("渠道系统回答 HTTP " + response.statusCode() + "（应为 2xx）");
        }
    }

    /** HMAC-SM3 (GB/T 32905) over the timestamp, a line break and the body, as hex. */
    static String sign(String key, String timestamp, String body) {
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(key.getBytes(StandardCharsets.UTF_8)));
        byte[] input = (timestamp + "\n" + body).getBytes(StandardCharsets.UTF_8);
        mac.update(input, 0, input.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
