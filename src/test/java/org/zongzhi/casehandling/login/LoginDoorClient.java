package org.zongzhi.casehandling.login;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A client at an address of its own: loopback is a trusted proxy in tests, so X-Forwarded-For
 * becomes the client address the login guard counts, and floods here throttle nobody else.
 */
record LoginDoorClient(TestRestTemplate rest, String address) {

    ResponseEntity<String> get(String user, String password, String path) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(user, password)), String.class);
    }

    ResponseEntity<String> send(String user, String password, HttpMethod method, String path, String json) {
        HttpHeaders headers = headers(user, password);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, method, new HttpEntity<>(json, headers), String.class);
    }

    private HttpHeaders headers(String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        if (address != null) {
            headers.set("X-Forwarded-For", address);
        }
        if (user != null) {
            headers.set(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return headers;
    }
}
