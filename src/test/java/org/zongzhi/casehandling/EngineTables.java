package org.zongzhi.casehandling;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Looks for values in every text and binary column of Camunda's own tables (ACT_*): runtime,
 * history, form-field history and byte arrays alike.
 */
public final class EngineTables {

    private EngineTables() {
    }

    /** "table.column: value" for each place one of the values is found; empty when none is. */
    public static List<String> holding(JdbcTemplate jdbc, String... values) {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name, column_name, data_type from information_schema.columns
                 where table_schema = 'public' and table_name like 'act\\_%'
                   and data_type in ('character varying', 'text', 'bytea')""");
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            boolean binary = "bytea".equals(column.get("data_type"));
            for (String value : values) {
                Integer hits = binary
                        ? jdbc.queryForObject("select count(*) from " + table + " where position(? in " + name + ") > 0",
                                Integer.class, (Object) value.getBytes(StandardCharsets.UTF_8))
                        : jdbc.queryForObject("select count(*) from " + table + " where " + name + " like ?",
                                Integer.class, "%" + value + "%");
                if (hits != null && hits > 0) {
                    found.add(table + "." + name + ": " + value);
                }
            }
        }
        return found;
    }
}
