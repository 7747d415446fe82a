package org.partnershipledger.api.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * When no users are configured, the service makes one administrator with a random password instead of shipping a
 * known default. The password is written once to {@value #FILE} in the data directory, readable by its owner only,
 * and kept across restarts; configure real users ({@code ledger.security.users}) and delete the file.
 */
final class FirstRunAdministrator {

    static final String NAME = "administrator";
    static final String FILE = "first-run-administrator-password";
    static final List<String> GRANTS = List.of("secretariat:*", "auditor:*", "partner:*:*");

    private static final Logger LOG = LoggerFactory.getLogger(FirstRunAdministrator.class);

    private FirstRunAdministrator() {
    }

    /** The administrator's password: the one kept in the data directory, or a new one written there. */
    static String password(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(dataDirectory);
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
            restrictToOwner(file);
            LOG.warn("No users are configured: created user '{}' with a random password, written to {}. Configure "
                    + "ledger.security.users and delete that file.", NAME, file.toAbsolutePath());
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the first-run administrator's password in " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions: the directory's own protection applies
        }
    }
}
