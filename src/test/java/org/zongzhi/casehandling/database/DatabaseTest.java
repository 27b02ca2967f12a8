package org.zongzhi.casehandling.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zongzhi.casehandling.CaseHandlingTest;

@CaseHandlingTest
class DatabaseTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void engineRunsOnPostgresqlNotH2() throws Exception {
        assertThat(engine.getProcessEngineConfiguration()).extracting("databaseType").isEqualTo("postgres");
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(connection.getMetaData().getURL()).startsWith("jdbc:postgresql:");
        }
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 17");
        assertThat(jdbc.queryForObject("select count(*) from act_ge_property", Integer.class)).isPositive();
    }

    @Test
    void flywayCreatedOurTablesBesideCamundas() {
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                 where table_schema = 'public' and table_name not like 'act_%'
                 order by table_name""", String.class);
        assertThat(tables).contains("cases", "case_events", "case_parties", "case_number_counters",
                "centres", "units", "people", "roles", "person_roles", "flyway_schema_history");
        assertThat(jdbc.queryForObject(
                "select count(*) from flyway_schema_history where success and version = '1'", Integer.class))
                .isEqualTo(1);
    }
}
