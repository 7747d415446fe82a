package org.partnershipledger.api.operations;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * {@code java -jar partnership-ledger.jar compact [--data-directory DIR]}: compacts the embedded store's file while
 * the service is stopped.
 * <p>
 * H2 reuses the space that deleted and rewritten rows leave in its file, but gives it back to the file system only
 * for a moment when the database closes. After a burst of writes — a rebuild that rewrites every row, say — the file
 * keeps its largest size (1.7 GB holding 80 MB after four such rebuilds of 100,000 events). H2's {@code SHUTDOWN
 * COMPACT} writes what is live into a new file and replaces the old one; it took about 5 s for those 80 MB.
 */
public final class EmbeddedCompaction {

    private static final String FILE = "ledger.mv.db";

    private EmbeddedCompaction() {
    }

    /** Runs the command; answers the process's exit status. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Path directory = Path.of("data");
        String user = "ledger";
        String password = "";
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (i + 1 >= args.size()) {
                return usage(err, "no value for " + option);
            }
            String value = args.get(++i);
            switch (option) {
                case "--data-directory" -> directory = Path.of(value);
                case "--user" -> user = value;
                case "--password" -> password = value;
                default -> {
                    return usage(err, "unknown option " + option);
                }
            }
        }
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            err.println("no embedded store at " + file.toAbsolutePath());
            return 2;
        }
        try {
            long before = Files.size(file);
            long started = System.nanoTime();
            // IFEXISTS: a mistyped directory must not become a new, empty store
            String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("ledger") + ";IFEXISTS=TRUE";
            try (Connection connection = DriverManager.getConnection(url, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            }
            long after = Files.size(file);
            out.printf("compacted %s: %,d bytes before, %,d after, in %,d ms%n", file.toAbsolutePath(), before, after,
                    (System.nanoTime() - started) / 1_000_000);
            return 0;
        } catch (SQLException e) {
            // H2 refuses a store another process has open (the service, still running) with a message saying so
            err.println("could not compact " + file.toAbsolutePath() + ": " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("could not read the size of " + file.toAbsolutePath() + ": " + e.getMessage());
            return 1;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println("usage: java -jar partnership-ledger.jar compact [--data-directory DIR] [--user U]"
                + " [--password P]   (with the service stopped; DIR is ./data unless given)");
        return 2;
    }
}
