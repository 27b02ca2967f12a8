package org.zongzhi.casehandling.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.zongzhi.casehandling.CaseHandlingTest;

/** 网格员排查 from the grid worker's phone: 就地化解 is counted as screening, a hand-over becomes a case. */
@CaseHandlingTest
class GridScreeningTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void aMatterResolvedOnTheSpotIsScreeningNotACase() throws Exception {
        String summary = "两户因晾晒玉米占道争吵，" + UUID.randomUUID();
        long casesBefore = count("select count(*) from cases");
        long resolvedBefore = json.readTree(summary("wangwei").getBody()).path("resolvedOnSpot").asLong();

        ResponseEntity<String> answer = report("wangwei", Map.of("disposition", "RESOLVED_ON_SPOT",
                "matterType", "邻里纠纷", "townshipCode", "SFX-DH", "villageCode", "SFX-DH-LJZ", "address", "村委会前路口",
                "summary", summary, "peopleInvolved", 2, "resolution", "劝说双方各让一半路面，已挪开"), photo());
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode recorded = json.readTree(answer.getBody());
        assertThat(recorded.path("dispositionLabel").asText()).isEqualTo("就地化解");
        assertThat(recorded.path("caseNo").isNull()).isTrue();

        assertThat(count("select count(*) from cases")).as("no case is made").isEqualTo(casesBefore);
        assertThat(count("select count(*) from cases where summary = '" + summary + "'")).isZero();
        Map<String, Object> row = jdbc.queryForMap(
                "select disposition, case_no, resolution, reported_by from grid_screenings where id = ?",
                recorded.path("id").asLong());
        assertThat(row).containsEntry("disposition", "RESOLVED_ON_SPOT").containsEntry("reported_by", "wangwei")
                .containsEntry("resolution", "劝说双方各让一半路面，已挪开");
        assertThat(row.get("case_no")).isNull();
        assertThat(count("select count(*) from grid_screening_photos where screening_id = "
                + recorded.path("id").asLong())).isEqualTo(1);

        JsonNode figures = json.readTree(summary("zhaomin").getBody());
        assertThat(figures.path("resolvedOnSpot").asLong()).as("counted for the centre").isEqualTo(resolvedBefore + 1);
        assertThat(figures.toString()).contains("东河乡李家庄村综治中心");
    }

    @Test
    void aMatterHandedToTheCentreBecomesAGridCaseWithItsPhotos() throws Exception {
        byte[] photo = photo();
        ResponseEntity<String> answer = report("liuhong", Map.of("disposition", "HANDED_OVER",
                "matterType", "农村土地承包纠纷", "townshipCode", "SFX-DH", "villageCode", "SFX-DH-LJZ",
                "summary", "兄弟二人因界桩移位争执，调解未成，需中心组织调解", "peopleInvolved", 2,
                "reporter", Map.of("name", "孙德福", "phone", "13623768854")), photo);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode recorded = json.readTree(answer.getBody());
        String caseNo = recorded.path("caseNo").asText();
        assertThat(caseNo).startsWith("SFX-");

        assertThat(jdbc.queryForMap("select channel, first_contact_owner from cases where case_no = ?", caseNo))
                .containsEntry("channel", "GRID").containsEntry("first_contact_owner", "liuhong");
        assertThat(jdbc.queryForObject("select case_no from grid_screenings where id = ?", String.class,
                recorded.path("id").asLong())).isEqualTo(caseNo);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));
        assertThat(rest.withBasicAuth("zhaomin", "zhaomin").getForObject("/api/cases/" + caseNo + "/documents",
                String.class)).as("the photo is the case's document").contains(sha256);
    }

    @Test
    void aBadReportIsRefusedInChineseWithNothingWritten() throws Exception {
        long screenings = count("select count(*) from grid_screenings");
        long cases = count("select count(*) from cases");
        ResponseEntity<String> noResolution = report("wangwei", Map.of("disposition", "RESOLVED_ON_SPOT",
                "matterType", "邻里纠纷", "townshipCode", "SFX-DH", "summary", "占道", "peopleInvolved", 2), photo());
        assertThat(noResolution.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noResolution.getBody()).contains("resolution").contains("必填");

        ResponseEntity<String> noPhone = report("wangwei", Map.of("disposition", "HANDED_OVER",
                "matterType", "邻里纠纷", "townshipCode", "SFX-DH", "summary", "占道", "peopleInvolved", 2,
                "reporter", Map.of("name", "孙德福")), photo());
        assertThat(noPhone.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noPhone.getBody()).contains("reporter.phone");

        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        ResponseEntity<String> notAPhoto = report("wangwei", Map.of("disposition", "HANDED_OVER",
                "matterType", "邻里纠纷", "townshipCode", "SFX-DH", "summary", "占道", "peopleInvolved", 2,
                "reporter", Map.of("name", "孙德福", "phone", "13623768854")), program);
        assertThat(notAPhoto.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(notAPhoto.getBody()).contains("可执行程序");

        assertThat(count("select count(*) from grid_screenings")).isEqualTo(screenings);
        assertThat(count("select count(*) from cases")).isEqualTo(cases);
    }

    @Test
    void thePageAndTheReportsAreTheGridWorkersAlone() throws IOException {
        assertThat(rest.getForEntity("/grid/", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> page = rest.withBasicAuth("wangwei", "wangwei").getForEntity("/grid/", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("网格排查").contains("已就地化解").contains("提交中心处理");
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(rest.withBasicAuth("zhaomin", "zhaomin").getForEntity("/grid/", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> me = rest.withBasicAuth("wangwei", "wangwei").getForEntity("/api/grid/me", String.class);
        assertThat(me.getBody()).contains("王伟").contains("SFX-DH-LJZ").contains("邻里纠纷");
        ResponseEntity<String> notGrid = report("zhaomin", Map.of("disposition", "RESOLVED_ON_SPOT"), new byte[0]);
        assertThat(notGrid.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(notGrid.getBody()).contains("只有网格员");

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(rest.withBasicAuth("wangwei", "wangwei").postForEntity("/api/cases",
                new HttpEntity<>("{\"channel\":\"GRID\"}", headers), String.class).getStatusCode())
                .as("grid workers hand over through their page, not the channels' door").isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<String> report(String user, Map<String, Object> report, byte[] photo) throws IOException {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("report", json.writeValueAsString(report));
        if (photo.length > 0) {
            body.add("photos", new ByteArrayResource(photo) {
                @Override
                public String getFilename() {
                    return "随手拍.jpg";
                }
            });
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, user).postForEntity("/api/grid/reports", new HttpEntity<>(body, headers),
                String.class);
    }

    private ResponseEntity<String> summary(String user) {
        ResponseEntity<String> answer = rest.withBasicAuth(user, user).getForEntity("/api/grid/summary", String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer;
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static byte[] photo() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, Color.GREEN.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
