package org.zongzhi.casehandling.database;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The embedded server's pg_hba.conf: every connection gives the superuser's password (SCRAM).
 * Rewritten before each start, so neither initdb's {@code trust} nor an edit survives.
 */
final class ClientAuthenticationFile {

    static final String PASSWORD_ONLY = """
            # Written by the case-handling server before each start of its embedded PostgreSQL; edits are lost.
            # Every connection gives the superuser's password (see docs/operations.md, "PostgreSQL"):
            # over the Unix socket in the private socket directory, or over TCP from 127.0.0.1.
            # TYPE  DATABASE  USER  ADDRESS        METHOD
            local   all       all                  scram-sha-256
            host    all       all   127.0.0.1/32   scram-sha-256
            """;

    private ClientAuthenticationFile() {
    }

    /** @return true when the file was different before (a new cluster, or one of the old trust set-up) */
    static boolean writePasswordOnly(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve("pg_hba.conf");
        if (Files.exists(file) && Files.readString(file, UTF_8).equals(PASSWORD_ONLY)) {
            return false;
        }
        Path temporary = dataDirectory.resolve("pg_hba.conf.new");
        Files.writeString(temporary, PASSWORD_ONLY, UTF_8);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return true;
    }
}
