package org.zongzhi.casehandling.assignment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.settings.Settings;

/**
 * Sends a 交办单 to a unit's own system: a JSON POST to the endpoint URL in the directory. Any
 * failure throws, so the engine retries the job and, when retries run out, raises an incident
 * that a supervisor sees in Cockpit; nothing is dropped.
 */
@Component
public class DepartmentClient {

    private final HttpClient http;
    private final ObjectMapper json;
    private final Duration readTimeout;

    @Autowired
    DepartmentClient(ObjectMapper json, Settings settings) {
        this(json, settings.department().connectTimeout(), settings.department().readTimeout());
    }

    DepartmentClient(ObjectMapper json, Duration connectTimeout, Duration readTimeout) {
        this.json = json;
        this.readTimeout = readTimeout;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
    }

    public void send(String endpoint, AssignmentOrder order) {
        deliver(endpoint, order, order.orderId(), order.caseNo(), order.unitCode());
    }

    /**
     * POSTs any document about a case to a unit's system. The idempotency key lets the unit's
     * system recognise a retry of a delivery it already took.
     */
    public void deliver(String endpoint, Object document, String idempotencyKey, String caseNo, String unitCode) {
        String body;
        try {
            body = json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + idempotencyKey + " of case " + caseNo + " as JSON", e);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(readTimeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DepartmentUnreachableException(idempotencyKey + " of case " + caseNo
                    + " could not reach unit " + unitCode + " at " + endpoint + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DepartmentUnreachableException("Interrupted sending case " + caseNo + " to unit " + unitCode, e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new DepartmentUnreachableException("Unit " + unitCode + " at " + endpoint
                    + " answered HTTP " + response.statusCode() + " to " + idempotencyKey + " of case " + caseNo
                    + " (expected 2xx)", null);
        }
    }

    /** The unit's system did not take the order; the job is retried. */
    public static class DepartmentUnreachableException extends RuntimeException {
        DepartmentUnreachableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
