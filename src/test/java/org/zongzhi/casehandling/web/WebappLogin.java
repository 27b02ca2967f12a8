package org.zongzhi.casehandling.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Logs into a Camunda webapp as its login page does: the XSRF token from a first GET, then the
 * form post. Demo passwords equal the user id.
 */
public record WebappLogin(HttpStatus status, String cookies) {

    public static WebappLogin of(TestRestTemplate rest, String user, String app) {
        return of(rest, user, user, app).login();
    }

    /** The login with a password of one's choosing, and the door's answer as it came. */
    public static Attempt of(TestRestTemplate rest, String user, String password, String app) {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/" + app + "/default/", String.class);
        List<String> cookies = new ArrayList<>(cookies(page));
        String token = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst()
                .map(c -> c.substring("XSRF-TOKEN=".length()))
                .orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie from the " + app + " page"));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.set("X-XSRF-TOKEN", token);
        headers.set(HttpHeaders.COOKIE, String.join("; ", cookies));
        ResponseEntity<String> login = rest.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
                new HttpEntity<>(form, headers), String.class);
        // A new session id after login (session fixation protection) replaces the old cookie.
        for (String fresh : cookies(login)) {
            String name = fresh.substring(0, fresh.indexOf('=') + 1);
            cookies.removeIf(c -> c.startsWith(name));
            cookies.add(fresh);
        }
        return new Attempt(new WebappLogin(HttpStatus.valueOf(login.getStatusCode().value()), String.join("; ", cookies)),
                login.getBody());
    }

    public record Attempt(WebappLogin login, String body) {
    }

    private static List<String> cookies(ResponseEntity<?> response) {
        return response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).stream()
                .map(c -> c.indexOf(';') < 0 ? c : c.substring(0, c.indexOf(';')))
                .toList();
    }
}
