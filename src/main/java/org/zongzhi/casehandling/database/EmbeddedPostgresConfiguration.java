package org.zongzhi.casehandling.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url} the server runs its own PostgreSQL, so a new user needs
 * nothing but Java. The data directory survives restarts; the DataSource depends on the server
 * bean, so Spring closes the pool first and then stops PostgreSQL cleanly.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedPostgresConfiguration.Settings.class)
class EmbeddedPostgresConfiguration {

    @ConfigurationProperties("zongzhi.embedded-postgres")
    record Settings(Path dataDirectory, Integer port) {
        Settings {
            if (dataDirectory == null) {
                dataDirectory = Path.of("data", "postgres");
            }
        }
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(Settings settings) throws IOException {
        return EmbeddedPostgresServer.start(settings.dataDirectory(), settings.port());
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
