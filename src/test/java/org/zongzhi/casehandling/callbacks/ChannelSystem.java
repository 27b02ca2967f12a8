package org.zongzhi.casehandling.callbacks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A channel's own system on loopback (the court's 诉前调解平台, 12345 …): real HTTP, records every
 * status update POSTed to it, answers with {@link #answer(int)} (503: down).
 */
final class ChannelSystem implements AutoCloseable {

    /** One request as it arrived, with the answer given. */
    record Received(String body, String deliveryId, String timestamp, String signature, int answeredWith) {
    }

    private final HttpServer server;
    private final AtomicInteger status = new AtomicInteger(204);
    private final AtomicInteger delayMillis = new AtomicInteger();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    ChannelSystem() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/status", exchange -> {
            int answer = status.get();
            try {
                Thread.sleep(delayMillis.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            received.add(new Received(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    exchange.getRequestHeaders().getFirst("X-Zongzhi-Timestamp"),
                    exchange.getRequestHeaders().getFirst("X-Zongzhi-Signature"), answer));
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        // Several requests at once, as a real system takes them: nodes racing must not be serialised here.
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/status";
    }

    ChannelSystem answer(int httpStatus) {
        status.set(httpStatus);
        return this;
    }

    /** Answers only after this long: a slow system, so that rounds of several nodes overlap. */
    ChannelSystem slow(int millis) {
        delayMillis.set(millis);
        return this;
    }

    List<Received> received() {
        return received;
    }

    /** The updates it took (answered 2xx), in the order they arrived. */
    List<Received> taken() {
        return received.stream().filter(r -> r.answeredWith() / 100 == 2).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
