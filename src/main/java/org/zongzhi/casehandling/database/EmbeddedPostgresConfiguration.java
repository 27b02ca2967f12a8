package org.zongzhi.casehandling.database;

import java.io.IOException;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zongzhi.casehandling.settings.Settings;

/**
 * With no {@code spring.datasource.url} the server runs its own PostgreSQL, so a new user needs
 * nothing but Java. The data directory survives restarts; the DataSource depends on the server
 * bean, so Spring closes the pool first and then stops PostgreSQL cleanly.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(Settings settings) throws IOException {
        Settings.EmbeddedPostgres server = settings.embeddedPostgres();
        return EmbeddedPostgresServer.start(server.dataDirectory(), server.port());
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgresServer postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.jdbcUrl());
        config.setUsername(EmbeddedPostgresServer.SUPERUSER);
        config.setPassword(postgres.password());
        config.setPoolName("embedded-postgres");
        config.setMaximumPoolSize(20);
        return new HikariDataSource(config);
    }
}
