package org.zongzhi.casehandling.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.CaseRecord;
import org.zongzhi.casehandling.cases.Party;
import org.zongzhi.casehandling.cases.RelatedCase;

/** Phones and ID numbers are sealed in our tables, found by keyed hashes, and old rows are sealed on start. */
@CaseHandlingTest
class PersonalDataAtRestTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    CaseLedger ledger;
    @Autowired
    PersonalDataLookup lookup;
    @Autowired
    PersonalDataKeys keys;
    @Autowired
    PersonalDataResealRun reseal;

    String submit(String reporterPhone, String reporterId, String partyPhone, String partyId, String village)
            throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", "HOTLINE_12345");
        body.put("externalRef", "12345-" + UUID.randomUUID());
        Map<String, Object> reporter = new LinkedHashMap<>(Map.of("name", "常玉兰", "phone", reporterPhone));
        if (reporterId != null) {
            reporter.put("idNumber", reporterId);
        }
        body.put("reporter", reporter);
        List<Object> parties = new ArrayList<>();
        parties.add(Map.of("role", "APPLICANT", "name", "常玉兰", "phone", reporterPhone));
        Map<String, Object> respondent = new LinkedHashMap<>(Map.of("role", "RESPONDENT", "name", "齐国栋"));
        if (partyPhone != null) {
            respondent.put("phone", partyPhone);
        }
        if (partyId != null) {
            respondent.put("idNumber", partyId);
        }
        parties.add(respondent);
        body.put("parties", parties);
        body.put("place", Map.of("townshipCode", village.substring(0, village.lastIndexOf('-')), "villageCode", village));
        body.put("matterType", "邻里纠纷");
        body.put("summary", "宅基地边界争议");
        body.put("peopleInvolved", 2);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = rest.withBasicAuth("channel-hotline-12345", "channel-hotline-12345")
                .postForEntity("/api/cases", new HttpEntity<>(json.writeValueAsString(body), headers), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody()).get("caseNo").asText();
    }

    /** Every text column of our own tables (not Camunda's ACT_*) that holds the value anywhere. */
    List<String> columnsHolding(String value) {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name, column_name from information_schema.columns
                 where table_schema = current_schema() and lower(table_name) not like 'act\\_%'
                   and data_type in ('text', 'character varying', 'character')""");
        assertThat(columns).as("the scan sees our tables").extracting(c -> c.get("table_name"))
                .contains("cases", "case_parties", "case_events", "risk_warnings");
        List<String> holding = new ArrayList<>();
        for (Map<String, Object> c : columns) {
            String table = (String) c.get("table_name");
            String column = (String) c.get("column_name");
            Long hits = jdbc.queryForObject("select count(*) from \"" + table + "\" where \"" + column
                    + "\" like ?", Long.class, "%" + value + "%");
            if (hits != null && hits > 0) {
                holding.add(table + "." + column);
            }
        }
        return holding;
    }

    @Test
    void afterIntakeNoPhoneOrIdNumberIsReadableInTheDatabase() throws Exception {
        String phone = Citizens.mobile();
        String id = Citizens.idNumber();
        String partyPhone = Citizens.mobile();
        String partyId = Citizens.idNumber();
        String caseNo = submit(phone, id, partyPhone, partyId, "SFX-DH-HW");

        Map<String, Object> row = jdbc.queryForMap("select reporter_phone, reporter_id_number, reporter_phone_lookup,"
                + " reporter_id_lookup from cases where case_no = ?", caseNo);
        assertThat((String) row.get("reporter_phone")).startsWith("sm4:").doesNotContain(phone);
        assertThat((String) row.get("reporter_id_number")).startsWith("sm4:").doesNotContain(id);
        assertThat((String) row.get("reporter_phone_lookup")).matches("[0-9a-f]{64}");
        assertThat((String) row.get("reporter_id_lookup")).matches("[0-9a-f]{64}");
        assertThat(jdbc.queryForList("select phone, id_number from case_parties where case_no = ?", caseNo))
                .hasSize(2).allSatisfy(party -> party.values().stream().filter(v -> v != null)
                        .forEach(v -> assertThat((String) v).startsWith("sm4:")));
        assertThat(row.get("reporter_phone")).as("a random IV per value: the same number seals differently")
                .isNotEqualTo(jdbc.queryForObject("select phone from case_parties where case_no = ? and role = "
                        + "'APPLICANT'", String.class, caseNo));

        for (String value : List.of(phone, id, partyPhone, partyId, id.substring(6, 14) + id.substring(14))) {
            assertThat(columnsHolding(value)).as("columns holding a submitted number").isEmpty();
        }

        CaseRecord record = ledger.find(caseNo).orElseThrow();
        assertThat(record.reporterPhone()).isEqualTo(phone);
        assertThat(record.reporterIdNumber()).isEqualTo(id);
        assertThat(ledger.parties(caseNo)).extracting(Party::phone, Party::idNumber).containsExactly(
                org.assertj.core.groups.Tuple.tuple(phone, null), org.assertj.core.groups.Tuple.tuple(partyPhone, partyId));
    }

    @Test
    void theSamePersonIsFoundByIdNumberOrByAPartysPhone() throws Exception {
        String id = Citizens.idNumber();
        String first = submit(Citizens.mobile(), id, null, null, "SFX-DH-HW");
        String sameId = submit(Citizens.mobile(), id, null, null, "SFX-XS-QS");
        String respondentPhone = Citizens.mobile();
        String withRespondent = submit(Citizens.mobile(), null, respondentPhone, null, "SFX-XS-QS");
        String sameRespondent = submit(Citizens.mobile(), null, respondentPhone, null, "SFX-DH-HW");
        String stranger = submit(Citizens.mobile(), Citizens.idNumber(), null, null, "SFX-XS-SM");

        assertThat(ledger.related(sameId)).filteredOn(r -> r.caseNo().equals(first))
                .extracting(RelatedCase::reasonLabel).containsExactly("同一当事人");
        assertThat(ledger.related(sameRespondent)).filteredOn(r -> r.caseNo().equals(withRespondent))
                .extracting(RelatedCase::reasonLabel).containsExactly("同一当事人");
        assertThat(ledger.related(stranger)).extracting(RelatedCase::caseNo)
                .doesNotContain(first, sameId, withRespondent, sameRespondent);
    }

    @Test
    void rowsLeftInClearByEarlierVersionsAreSealedOnStartAndFoundAgain() throws Exception {
        String phone = Citizens.mobile();
        String id = Citizens.idNumber();
        String older = submit(phone, id, null, null, "SFX-DH-HW");
        String newer = submit(phone, null, null, null, "SFX-XS-SM");
        // As V1-V9 stored them: numbers in clear, no lookups; a same-person warning keyed by the number.
        jdbc.update("update cases set reporter_phone = ?, reporter_id_number = ?, reporter_phone_lookup = null,"
                + " reporter_id_lookup = null where case_no = ?", phone, id, older);
        jdbc.update("update case_parties set phone = ?, phone_lookup = null where case_no = ?", phone, older);
        Long warning = jdbc.queryForObject("insert into risk_warnings (rule_code, subject_key, subject, trigger_case,"
                + " case_count, detail, created_at, handled_at) values ('SAME_PERSON', ?, '同一当事人（手机尾号1234）', ?,"
                + " 3, '测试', now(), now()) returning id", Long.class, "P:" + id, older);
        assertThat(columnsHolding(phone)).isNotEmpty();

        assertThat(reseal.reseal()).isGreaterThanOrEqualTo(3);

        assertThat(columnsHolding(phone)).isEmpty();
        assertThat(columnsHolding(id)).isEmpty();
        assertThat(jdbc.queryForObject("select reporter_id_lookup from cases where case_no = ?", String.class, older))
                .isEqualTo(lookup.idNumber(id));
        assertThat(jdbc.queryForObject("select subject_key from risk_warnings where id = ?", String.class, warning))
                .isEqualTo("P:" + lookup.idNumber(id));
        assertThat(ledger.find(older).orElseThrow().reporterPhone()).isEqualTo(phone);
        assertThat(ledger.related(newer)).extracting(RelatedCase::caseNo).contains(older);
        assertThat(reseal.reseal()).as("a second run finds nothing to do").isZero();
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where version = '31'"
                + " and script like '%.V31__Seal_personal_data' and success", Long.class)).as("the same sealing ran as Flyway step 31 on start").isEqualTo(1L);
    }

    @Test
    void afterARotationTheReEncryptionRunSealsWithTheNewKeyAndOldValuesStillOpen() throws Exception {
        String phone = Citizens.mobile();
        String caseNo = submit(phone, null, null, null, "SFX-DH-HW");
        PersonalDataKeys rotated = PersonalDataKeys.parse(keys.format() + "sm4.2="
                + PersonalDataKeys.generate().format().lines().filter(l -> l.startsWith("sm4.1=")).findFirst()
                .orElseThrow().substring(6) + "\ncurrent=2\n", "test");
        PersonalDataCipher newCipher = new PersonalDataCipher(rotated);
        PersonalDataSealer sealer = new PersonalDataSealer(newCipher, new PersonalDataLookup(rotated));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                assertThat(sealer.sealAll(connection)).isPositive();
                try (var ps = connection.prepareStatement("select reporter_phone, reporter_phone_lookup from cases"
                        + " where case_no = ?")) {
                    ps.setString(1, caseNo);
                    try (var rs = ps.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getString(1)).startsWith("sm4:2:");
                        assertThat(newCipher.open(rs.getString(1))).isEqualTo(phone);
                        assertThat(rs.getString(2)).as("the lookup key did not change").isEqualTo(lookup.phone(phone));
                    }
                }
                assertThat(sealer.sealAll(connection)).isZero();
            } finally {
                connection.rollback();
            }
        }
        assertThat(ledger.find(caseNo).orElseThrow().reporterPhone()).isEqualTo(phone);
    }
}
