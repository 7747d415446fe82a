package org.partnershipledger.api.operations;

import java.nio.file.Path;
import java.util.Optional;

/** Where the embedded store's files are, from the database URL the service is given. */
final class EmbeddedStore {

    static final String FILE_URL = "jdbc:h2:file:";

    private EmbeddedStore() {
    }

    /**
     * The database an H2 file URL names ({@code jdbc:h2:file:./data/ledger;OPTIONS} names {@code ./data/ledger}), as
     * an absolute path; empty for any other URL — another kind of database, or H2 in memory or over TCP.
     */
    static Optional<Path> database(String url) {
        if (!url.startsWith(FILE_URL)) {
            return Optional.empty();
        }
        int options = url.indexOf(';');
        return Optional.of(Path.of((options < 0 ? url : url.substring(0, options)).substring(FILE_URL.length()))
                .toAbsolutePath().normalize());
    }

    /** The file H2 keeps the database in. */
    static Path file(Path database) {
        return sibling(database, ".mv.db");
    }

    /** A file beside the database's, named after it with the ending given. */
    static Path sibling(Path database, String ending) {
        return database.resolveSibling(database.getFileName() + ending);
    }
}
