package org.zongzhi.casehandling.engineguard;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.zongzhi.casehandling.web.WebappLogin;

/**
 * The two doors to the engine's API as a logged-in user walks through them: {@code /engine-rest}
 * with HTTP basic auth, and the webapps' {@code /camunda/api/engine} with a session and its XSRF
 * token. Demo passwords equal the user id ({@code admin}/{@code admin}).
 */
public enum EngineApi {
    REST, WEBAPP;

    public record Session(EngineApi door, String user, String cookies, String xsrf) {
    }

    public Session as(TestRestTemplate rest, String user) {
        if (this == REST) {
            return new Session(this, user, null, null);
        }
        String app = switch (user) {
            case "zhoujie", "yangguang" -> "cockpit";
            case "shenan", "zouning" -> "admin"; // security administrators have no Tasklist
            default -> "tasklist";
        };
        WebappLogin login = WebappLogin.of(rest, user, app);
        String cookies = login.cookies();
        // A read after the login hands out the token of the new session.
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.COOKIE, cookies);
        ResponseEntity<String> page = rest.exchange("/camunda/api/engine/engine/default/user/" + user + "/profile",
                HttpMethod.GET, new HttpEntity<>(headers), String.class);
        List<String> all = new ArrayList<>(List.of(cookies.split("; ")));
        for (String set : page.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of())) {
            String cookie = set.contains(";") ? set.substring(0, set.indexOf(';')) : set;
            all.removeIf(c -> c.startsWith(cookie.substring(0, cookie.indexOf('=') + 1)));
            all.add(cookie);
        }
        String xsrf = all.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst()
                .map(c -> c.substring("XSRF-TOKEN=".length())).orElseThrow();
        return new Session(this, user, String.join("; ", all), xsrf);
    }

    public static ResponseEntity<String> send(TestRestTemplate rest, Session session, HttpMethod method, String path,
                                       String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String url;
        TestRestTemplate client = rest;
        if (session.door() == REST) {
            url = "/engine-rest/" + path;
            String password = session.user();
            client = rest.withBasicAuth(session.user(), password);
        } else {
            url = "/camunda/api/engine/engine/default/" + path;
            headers.set(HttpHeaders.COOKIE, session.cookies());
            headers.set("X-XSRF-TOKEN", session.xsrf());
        }
        return client.exchange(url, method, new HttpEntity<>(json, headers), String.class);
    }
}
