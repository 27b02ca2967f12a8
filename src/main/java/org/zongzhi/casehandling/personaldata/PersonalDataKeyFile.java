package org.zongzhi.casehandling.personaldata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The key file: read it, or write a new one readable by the server's own user only (0600). */
final class PersonalDataKeyFile {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataKeyFile.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private PersonalDataKeyFile() {
    }

    static PersonalDataKeys read(Path file) {
        try {
            if (Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) != null
                    && !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file))) {
                log.warn("Personal-data key file {} is readable by other users than its owner: chmod 600 it", file);
            }
            return PersonalDataKeys.parse(Files.readString(file, StandardCharsets.UTF_8), "file " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the personal-data key file " + file, e);
        }
    }

    /** Reads the file, or creates it with new keys when there is none yet (first start). */
    static PersonalDataKeys readOrCreate(Path file) {
        Path path = file.toAbsolutePath();
        if (Files.exists(path)) {
            return read(path);
        }
        PersonalDataKeys keys = PersonalDataKeys.generate();
        try {
            Files.createDirectories(path.getParent());
            if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // Created with 0600 from the start: no moment in which others could read it.
                Files.createFile(path, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(path);
            }
            Files.writeString(path, keys.format(), StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException e) {
            return read(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a new personal-data key file " + path, e);
        }
        log.warn("Generated new keys for citizens' personal data in {} (mode 0600). Back this file up with the "
                + "database: without it the stored phones and ID numbers cannot be read.", path);
        return keys;
    }
}
