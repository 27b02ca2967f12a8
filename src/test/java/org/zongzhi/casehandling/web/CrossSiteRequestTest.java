package org.zongzhi.casehandling.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zongzhi.casehandling.CaseHandlingTest;

/**
 * A page on another site cannot change anything through our /api with the clerk's cached login;
 * our pages and the API carry security headers; a forged Host never reaches a receipt.
 */
@CaseHandlingTest
class CrossSiteRequestTest {

    static final String CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @AfterEach
    void restoreTheRule() {
        jdbc.update("update risk_rules set threshold = 3 where code = 'SAME_PERSON'");
    }

    @Test
    void aCrossSiteRequestIsRefusedInChineseAndChangesNothing() {
        for (Map<String, String> forged : new Map[] {
                Map.of("Origin", "https://evil.example", "User-Agent", CHROME, "X-Requested-With", "XMLHttpRequest"),
                Map.of("Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "navigate", "User-Agent", CHROME),
                Map.of("Origin", "null", "User-Agent", CHROME),
                // An old browser's plain form post: no Origin, no Sec-Fetch-*, no custom header.
                Map.of("User-Agent", CHROME)}) {
            ResponseEntity<String> response = changeThreshold(forged);
            assertThat(response.getStatusCode()).as(forged.toString()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
            assertThat(response.getBody()).as(forged.toString()).containsAnyOf("其他网站", "X-Requested-With");
            assertThat(threshold()).isEqualTo(3);
        }
    }

    @Test
    void ourOwnPagesAndMachineCallersStillChangeThings() {
        String self = rest.getRootUri();
        assertThat(changeThreshold(Map.of("Origin", self, "Sec-Fetch-Site", "same-origin", "User-Agent", CHROME,
                "X-Requested-With", "XMLHttpRequest")).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(threshold()).isEqualTo(4);
        // A channel system: no browser, no header needed.
        jdbc.update("update risk_rules set threshold = 3 where code = 'SAME_PERSON'");
        assertThat(changeThreshold(Map.of()).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(threshold()).isEqualTo(4);
    }

    @Test
    void ourPagesAndTheApiCarrySecurityHeadersAndTasklistKeepsItsOwn() {
        for (String page : new String[] {"/status", "/password", "/audit"}) {
            HttpHeaders headers = rest.getForEntity(page, String.class).getHeaders();
            assertThat(headers.getFirst("Content-Security-Policy")).as(page)
                    .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("script-src 'self' 'unsafe-inline'");
            assertThat(headers.getFirst("X-Content-Type-Options")).as(page).isEqualTo("nosniff");
            assertThat(headers.getFirst("X-Frame-Options")).as(page).isEqualTo("DENY");
        }
        HttpHeaders api = rest.withBasicAuth("wangfang", "wangfang").getForEntity("/api/catalog", String.class)
                .getHeaders();
        assertThat(api.getFirst("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(api.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");

        HttpHeaders tasklist = rest.getForEntity("/camunda/app/tasklist/", String.class).getHeaders();
        assertThat(tasklist.get("Content-Security-Policy")).as("Camunda's own policy, not ours").singleElement()
                .satisfies(policy -> assertThat(policy).doesNotContain("default-src 'self'; script-src 'self'; style"));
    }

    @Test
    void aForgedHostHeaderDoesNotAppearOnTheReceipt() throws Exception {
        String caseNo = walkIn();
        URI root = URI.create(rest.getRootUri());
        byte[] pdf;
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/cases/" + caseNo + "/receipt HTTP/1.1\r\nHost: evil.example\r\n"
                    + "X-Forwarded-Host: evil.example\r\nAuthorization: Basic "
                    + Base64.getEncoder().encodeToString("wangfang:wangfang".getBytes(StandardCharsets.UTF_8))
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            pdf = body(socket.getInputStream().readAllBytes());
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("http://localhost:8080/status").doesNotContain("evil");
        }
    }

    /** The body of a raw HTTP/1.1 response, chunked or not. */
    private static byte[] body(byte[] response) {
        String head = new String(response, StandardCharsets.ISO_8859_1);
        int end = head.indexOf("\r\n\r\n");
        assertThat(head).startsWith("HTTP/1.1 200");
        byte[] rest = Arrays.copyOfRange(response, end + 4, response.length);
        if (!head.substring(0, end).toLowerCase().contains("transfer-encoding: chunked")) {
            return rest;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = new String(rest, at, Math.min(20, rest.length - at), StandardCharsets.ISO_8859_1).indexOf("\r\n");
            int size = Integer.parseInt(new String(rest, at, lineEnd, StandardCharsets.ISO_8859_1).split(";")[0].trim(), 16);
            if (size == 0) {
                return body.toByteArray();
            }
            body.write(rest, at + lineEnd + 2, size);
            at += lineEnd + 2 + size + 2;
        }
    }

    private String walkIn() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", "WALK_IN");
        body.put("reporter", new LinkedHashMap<>(Map.of("name", "周秀英", "phone", "13912345678")));
        body.put("place", new LinkedHashMap<>(Map.of("townshipCode", "SFX-DH", "villageCode", "SFX-DH-HW")));
        body.put("matterType", "邻里纠纷");
        body.put("summary", "邻居加盖房屋挡住采光");
        body.put("peopleInvolved", 2);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> created = rest.withBasicAuth("wangfang", "wangfang").postForEntity("/api/cases",
                new HttpEntity<>(json.writeValueAsString(body), headers), String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody()).get("caseNo").asText();
    }

    private ResponseEntity<String> changeThreshold(Map<String, String> extra) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        extra.forEach(headers::set);
        return rest.withBasicAuth("admin", "admin").exchange("/api/risk-rules/SAME_PERSON", HttpMethod.PUT,
                new HttpEntity<>("{\"threshold\":4}", headers), String.class);
    }

    private int threshold() {
        return jdbc.queryForObject("select threshold from risk_rules where code = 'SAME_PERSON'", Integer.class);
    }
}
