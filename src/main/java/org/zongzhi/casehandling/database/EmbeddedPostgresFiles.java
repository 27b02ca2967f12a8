package org.zongzhi.casehandling.database;

import java.nio.file.Path;

/**
 * Where the embedded PostgreSQL keeps its files. The secret and the socket sit beside the data
 * directory, not in it, so a copy of the data directory (a backup) does not carry the password and
 * initdb always finds an empty directory for a new cluster.
 *
 * @param dataDirectory   PGDATA, e.g. {@code data/postgres}
 * @param secretFile      the superuser's password, e.g. {@code data/postgres.secret} (mode 0600)
 * @param socketDirectory the Unix socket's directory, e.g. {@code data/postgres-socket} (mode 0700)
 */
record EmbeddedPostgresFiles(Path dataDirectory, Path secretFile, Path socketDirectory) {

    static EmbeddedPostgresFiles beside(Path dataDirectory) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        String name = data.getFileName().toString();
        return new EmbeddedPostgresFiles(data, data.resolveSibling(name + ".secret"),
                data.resolveSibling(name + "-socket"));
    }
}
