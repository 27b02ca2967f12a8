package org.zongzhi.casehandling.personaldata;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Brings every stored phone and ID number under the current key: seals clear values left by
 * earlier versions, re-seals values of an older key after a rotation, fills missing lookups, and
 * turns the same-person warnings' subject keys (once the number itself) into lookups. Runs on a
 * JDBC connection so the Flyway migration and the start-up run share it; idempotent.
 */
@Component
public class PersonalDataSealer {

    private static final int BATCH = 500;
    /** A same-person warning keyed by a lookup: "P:" and 64 hex digits. */
    private static final String LOOKUP_SUBJECT = "^P:[0-9a-f]{64}$";

    private final PersonalDataCipher cipher;
    private final PersonalDataLookup lookup;

    PersonalDataSealer(PersonalDataCipher cipher, PersonalDataLookup lookup) {
        this.cipher = cipher;
        this.lookup = lookup;
    }

    /** Returns how many rows were changed. */
    public int sealAll(Connection connection) throws SQLException {
        return sealTable(connection, "cases", "case_no", "reporter_phone", "reporter_id_number",
                "reporter_phone_lookup", "reporter_id_lookup")
                + sealTable(connection, "case_parties", "id", "phone", "id_number", "phone_lookup", "id_lookup")
                + rekeyWarnings(connection);
    }

    // Table and column names come from the two fixed calls above, never from input.
    private int sealTable(Connection connection, String table, String key, String phone, String id,
                          String phoneLookup, String idLookup) throws SQLException {
        String select = "select " + key + ", " + phone + ", " + id + " from " + table
                + " where (" + phone + " is not null and (" + phone + " not like ? or " + phoneLookup + " is null))"
                + "    or (" + id + " is not null and (" + id + " not like ? or " + idLookup + " is null))"
                + " order by " + key + " limit " + BATCH;
        String update = "update " + table + " set " + phone + " = ?, " + id + " = ?, " + phoneLookup + " = ?, "
                + idLookup + " = ? where " + key + " = ?";
        int changed = 0;
        while (true) {
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(select)) {
                ps.setString(1, cipher.currentPattern());
                ps.setString(2, cipher.currentPattern());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Object[] {rs.getObject(1), rs.getString(2), rs.getString(3)});
                    }
                }
            }
            if (rows.isEmpty()) {
                return changed;
            }
            try (PreparedStatement ps = connection.prepareStatement(update)) {
                for (Object[] row : rows) {
                    String clearPhone = clear((String) row[1]);
                    String clearId = clear((String) row[2]);
                    ps.setString(1, cipher.seal(clearPhone));
                    ps.setString(2, cipher.seal(clearId));
                    ps.setString(3, lookup.phone(clearPhone));
                    ps.setString(4, lookup.idNumber(clearId));
                    ps.setObject(5, row[0]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            changed += rows.size();
        }
    }

    private int rekeyWarnings(Connection connection) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("select id, subject_key from risk_warnings"
                + " where rule_code = 'SAME_PERSON' and subject_key !~ ?")) {
            ps.setString(1, LOOKUP_SUBJECT);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong(1), rs.getString(2)});
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "update risk_warnings set subject_key = ? where id = ?")) {
            for (Object[] row : rows) {
                ps.setString(1, samePersonSubject((String) row[1]));
                ps.setLong(2, (Long) row[0]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return rows.size();
    }

    /** Earlier versions keyed a person by "P:" and the ID number, or the phone when there was none. */
    private String samePersonSubject(String old) {
        String who = old.startsWith("P:") ? old.substring(2) : old;
        boolean phone = PersonalDataLookup.phoneDigits(who).equals(who) && who.length() <= 13;
        return "P:" + (phone ? lookup.phone(who) : lookup.idNumber(who));
    }

    private String clear(String stored) {
        return PersonalDataCipher.isSealed(stored) ? cipher.open(stored) : stored;
    }
}
