package org.zongzhi.casehandling.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The link of the chain: SM3 (GB/T 32905) over the previous record's hash and this record's
 * canonical fields. Each field is length-prefixed, so no two different records share an input; the
 * time counts in microseconds, PostgreSQL's precision, so a record read back hashes the same.
 */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(String prevHash, long id, OffsetDateTime occurredAt, String userId, String eventType,
                     String object, boolean success, String source, String detail) {
        ByteArrayOutputStream canonical = new ByteArrayOutputStream();
        field(canonical, prevHash);
        field(canonical, Long.toString(id));
        field(canonical, Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt.toInstant())));
        field(canonical, userId);
        field(canonical, eventType);
        field(canonical, object);
        field(canonical, Boolean.toString(success));
        field(canonical, source);
        field(canonical, detail);
        byte[] input = canonical.toByteArray();
        SM3Digest sm3 = new SM3Digest();
        sm3.update(input, 0, input.length);
        byte[] hash = new byte[sm3.getDigestSize()];
        sm3.doFinal(hash, 0);
        return HexFormat.of().formatHex(hash);
    }

    static String of(AuditRecord r) {
        return of(r.prevHash(), r.id(), r.occurredAt(), r.userId(), r.eventType(), r.object(), r.success(),
                r.source(), r.detail());
    }

    private static void field(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }
}
