package org.zongzhi.casehandling.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Opens one connection as soon as the DataSource exists, so a wrong URL, user or password stops
 * start-up with a sentence naming the setting instead of a page of engine stack traces.
 */
@Component
class DatasourceCheck implements BeanPostProcessor {

    private final Environment environment;

    DatasourceCheck(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            check(dataSource);
        }
        return bean;
    }

    private void check(DataSource dataSource) {
        String url = environment.getProperty("spring.datasource.url");
        if (url == null || url.isBlank()) {
            return; // the embedded server: started by us, already proven reachable
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.isValid(5);
        } catch (SQLException | RuntimeException e) {
            throw new DatasourceUnreachableException(describe(url, e), e);
        }
    }

    static String describe(String url, Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String state = e instanceof SQLException sql && sql.getSQLState() != null ? sql.getSQLState() : "";
        String setting = state.startsWith("28")
                ? "spring.datasource.username / spring.datasource.password (SPRING_DATASOURCE_USERNAME / SPRING_DATASOURCE_PASSWORD)"
                : "spring.datasource.url (SPRING_DATASOURCE_URL)";
        return "Cannot use the PostgreSQL database at " + url + ": " + reason.strip()
                + " -- check " + setting + ", or unset SPRING_DATASOURCE_URL to run the embedded PostgreSQL.";
    }
}
