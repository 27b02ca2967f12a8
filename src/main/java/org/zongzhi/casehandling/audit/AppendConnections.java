package org.zongzhi.casehandling.audit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/**
 * A few connections of the trail's own, to the same database. A record is often written while the
 * caller's transaction holds a connection of the main pool; if every append needed a second one from
 * that pool, a burst of such callers could take all of it and wait for each other until they time out.
 * The sessions are plain MyBatis with their own JDBC transactions, outside Spring's, so a record
 * commits on its own whatever the caller's transaction does.
 */
final class AppendConnections implements AutoCloseable {

    private final HikariDataSource pool;
    private final SqlSessionFactory sessions;

    AppendConnections(DataSource main, int size) {
        DataSource source = main;
        HikariDataSource own = null;
        if (main instanceof HikariDataSource hikari) {
            HikariConfig config = new HikariConfig();
            hikari.copyStateTo(config);
            config.setPoolName("audit-trail");
            config.setMaximumPoolSize(size);
            config.setMinimumIdle(1);
            config.setAutoCommit(false);
            config.setInitializationFailTimeout(-1); // the main pool reports an unreachable database at start
            own = new HikariDataSource(config);
            source = own;
        }
        this.pool = own;
        Configuration configuration = new Configuration(
                new Environment("audit-trail", new JdbcTransactionFactory(), source));
        configuration.setMapUnderscoreToCamelCase(true);
        configuration.setArgNameBasedConstructorAutoMapping(true);
        configuration.setDefaultStatementTimeout(10);
        configuration.setCacheEnabled(false);
        configuration.addMapper(AuditMapper.class); // reads AuditMapper.xml beside it
        this.sessions = new SqlSessionFactoryBuilder().build(configuration);
    }

    /** A session in its own transaction: commit it, or closing it rolls back. */
    SqlSession open() {
        return sessions.openSession(false);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
    }
}
