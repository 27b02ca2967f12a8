package org.zongzhi.casehandling;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A unit's own system on loopback: the directory's endpoint of the unit points at it for the
 * test, it records every body our server POSTs and answers with {@link #answer(int)}. Real HTTP,
 * the same client the product uses; closing it takes the endpoint away again.
 */
public final class UnitSystem implements AutoCloseable {

    private final JdbcTemplate jdbc;
    private final String unitCode;
    private final HttpServer server;
    private final AtomicInteger status = new AtomicInteger(204);
    private final List<String> received = new CopyOnWriteArrayList<>();

    private UnitSystem(JdbcTemplate jdbc, String unitCode, String path) {
        this.jdbc = jdbc;
        this.unitCode = unitCode;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(path, exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
        jdbc.update("update units set endpoint_url = ? where code = ?",
                "http://127.0.0.1:" + server.getAddress().getPort() + path, unitCode);
    }

    /** Starts the unit's system, answering 204, and makes it the unit's endpoint. */
    public static UnitSystem of(JdbcTemplate jdbc, String unitCode, String path) {
        return new UnitSystem(jdbc, unitCode, path);
    }

    /** The HTTP status the system answers from now on (503: down). */
    public UnitSystem answer(int httpStatus) {
        status.set(httpStatus);
        return this;
    }

    /** The bodies received so far, in order. */
    public List<String> received() {
        return received;
    }

    @Override
    public void close() {
        jdbc.update("update units set endpoint_url = null where code = ?", unitCode);
        server.stop(0);
    }
}
