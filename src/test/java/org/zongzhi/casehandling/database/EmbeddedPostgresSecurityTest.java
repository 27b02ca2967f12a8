package org.zongzhi.casehandling.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zongzhi.casehandling.CaseHandlingTest;

/** The embedded PostgreSQL of a running server: a commit is on disk. */
@CaseHandlingTest
class EmbeddedPostgresSecurityTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCommitIsOnDiskBeforeItIsAcknowledged() {
        // zonky starts postgres with -F (fsync off); the -c fsync=on that follows it must win.
        assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("show full_page_writes", String.class)).isEqualTo("on");
    }
}
