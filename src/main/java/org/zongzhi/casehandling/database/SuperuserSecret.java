package org.zongzhi.casehandling.database;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL superuser's password, kept in a file only its owner can read. Generated
 * on the first start; an operator may put a new one in the file, the next start applies it.
 */
final class SuperuserSecret {

    private static final Logger log = LoggerFactory.getLogger(SuperuserSecret.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private SuperuserSecret() {
    }

    static String readOrCreate(Path file) throws IOException {
        if (Files.isSymbolicLink(file)) {
            throw new IllegalStateException("The embedded PostgreSQL's password file " + file
                    + " is a symbolic link; replace it by a regular file (or delete it to get a new password).");
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            create(file);
        }
        keepPrivate(file);
        String password = Files.readAllLines(file, UTF_8).stream().findFirst().orElse("").strip();
        if (password.isEmpty()) {
            throw new IllegalStateException("The embedded PostgreSQL's password file " + file
                    + " is empty; write a password on its first line, or delete it to get a new one.");
        }
        return password;
    }

    /** Written to a private temporary file first, so a crash never leaves an empty or readable secret behind. */
    private static void create(Path file) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        try (FileChannel channel = posix()
                ? FileChannel.open(temporary, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                        PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : FileChannel.open(temporary, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                        new FileAttribute<?>[0])) {
            channel.write(UTF_8.encode(password + "\n"));
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        log.info("Generated a password for the embedded PostgreSQL superuser in {}", file);
    }

    private static void keepPrivate(Path file) throws IOException {
        if (!posix()) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (!OWNER_ONLY.containsAll(permissions)) {
            log.warn("{} was open to others ({}); made it readable by its owner only",
                    file, PosixFilePermissions.toString(permissions));
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
