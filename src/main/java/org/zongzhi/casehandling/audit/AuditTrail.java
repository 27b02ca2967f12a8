package org.zongzhi.casehandling.audit;

import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSession;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.settings.Settings;

/**
 * Appends to the audit trail. Each record is written in its own short transaction on a connection
 * of the trail's own ({@link AppendConnections}), whatever the caller's: the chain head's row lock
 * serialises appends from every thread and node but is held only for the append itself, and a
 * record stays written when the caller's work rolls back.
 */
@Component
public class AuditTrail implements DisposableBean {

    /**
     * Free-standing runs of 7+ digits (phone and ID numbers a reader may have typed into a reason) are
     * masked; case numbers have 6, and digits inside ids such as UUIDs are left alone.
     */
    private static final Pattern LONG_NUMBER = Pattern.compile("(?<![0-9A-Za-z-])\\d{7,}[0-9Xx]?(?![0-9A-Za-z-])");
    private static final int MAX_USER = 100;
    private static final int MAX_OBJECT = 300;
    private static final int MAX_SOURCE = 100;
    private static final int MAX_DETAIL = 2000;

    private final AppendConnections connections;

    AuditTrail(DataSource dataSource, Settings settings) {
        this.connections = new AppendConnections(dataSource, settings.audit().connections());
    }

    /** Records the entry as the next link of the chain and returns its id. */
    public long record(AuditEntry entry) {
        try (SqlSession session = connections.open()) {
            try {
                AuditMapper mapper = session.getMapper(AuditMapper.class);
                long id = appendLocked(entry, mapper.lockHead(), mapper);
                session.commit(true);
                return id;
            } catch (RuntimeException e) {
                session.rollback(true); // releases the chain head at once, not when the connection is reused
                throw e;
            }
        }
    }

    /** The append itself, inside a transaction of {@code mapper} that already holds the chain head's lock. */
    long appendLocked(AuditEntry entry, ChainHead head, AuditMapper mapper) {
        long id = head.lastId() + 1;
        String user = cut(entry.userId(), MAX_USER);
        String object = cut(masked(entry.object() == null ? "" : entry.object()), MAX_OBJECT);
        String source = cut(entry.source(), MAX_SOURCE);
        String detail = cut(masked(entry.detail()), MAX_DETAIL);
        String type = entry.type().name();
        String hash = AuditHash.of(head.lastHash(), id, head.now(), user, type, object, entry.success(), source,
                detail);
        mapper.insert(new AuditRecord(id, head.now(), user, type, object, entry.success(), source, detail,
                head.lastHash(), hash));
        mapper.advanceHead(id, hash, head.now());
        return id;
    }

    @Override
    public void destroy() {
        connections.close();
    }

    private static String masked(String text) {
        return text == null ? null : LONG_NUMBER.matcher(text).replaceAll("***");
    }

    private static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max - 1) + "…";
    }
}
