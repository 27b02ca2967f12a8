package org.zongzhi.casehandling.database;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What runs between zonky's initdb and its start of the server. zonky calls it holding the data
 * directory's lock, so a PostgreSQL found running there was left behind by a dead JVM. The
 * password is set at every start, so the secret file is the one truth (a changed file takes effect).
 */
final class DataDirectoryPreparation implements Consumer<File> {

    private static final Logger log = LoggerFactory.getLogger(DataDirectoryPreparation.class);

    private final String password;

    DataDirectoryPreparation(String password) {
        this.password = password;
    }

    @Override
    public void accept(File directory) {
        Path dataDirectory = directory.toPath();
        PostgresBinaries binaries = PostgresBinaries.unpackedByZonky();
        try {
            new OrphanedServerStopper(binaries).clear(dataDirectory);
            new SuperuserPasswordWriter(binaries).write(dataDirectory, password);
            if (ClientAuthenticationFile.writePasswordOnly(dataDirectory)) {
                log.info("Wrote {}: from now on every connection needs the superuser's password",
                        dataDirectory.resolve("pg_hba.conf"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded PostgreSQL data directory " + dataDirectory, e);
        }
    }
}
