package org.partnershipledger.api.operations;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.PropertyPlaceholderHelper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code java -jar partnership-ledger.jar compact [--data-directory DIR]}: compacts the embedded store's file while
 * the service is stopped.
 * <p>
 * H2 reuses the space that deleted and rewritten rows leave in its file, but gives it back to the file system only
 * for a moment when the database closes. After a burst of writes — a rebuild that rewrites every row, say — the file
 * keeps its largest size (1.7 GB holding 80 MB after four such rebuilds of 100,000 events). H2's {@code SHUTDOWN
 * COMPACT} writes what is live into a new file and replaces the old one; it took about 5 s for those 80 MB.
 * <p>
 * The store is found as the service finds it: the data directory, the database's URL, user and password come from
 * the service's packaged {@code application.yml}, with the data directory, user and password as options.
 */
public final class EmbeddedCompaction {

    /** How the service's settings name the data directory inside the database's URL. */
    private static final String DATA_DIRECTORY = "ledger.data-directory";

    private EmbeddedCompaction() {
    }

    /** Runs the command; answers the process's exit status. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Properties settings = packagedSettings();
        Path directory = Path.of(settings.getProperty(DATA_DIRECTORY));
        String user = settings.getProperty("spring.datasource.username");
        String password = settings.getProperty("spring.datasource.password");
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
        String absolute = directory.toAbsolutePath().normalize().toString();
        String url = new PropertyPlaceholderHelper("${", "}").replacePlaceholders(
                settings.getProperty("spring.datasource.url"),
                name -> name.equals(DATA_DIRECTORY) ? absolute : settings.getProperty(name));
        Optional<Path> database = EmbeddedStore.database(url);
        if (database.isEmpty()) {
            err.println("the service's database is not an embedded file: " + url);
            return 2;
        }
        Path file = EmbeddedStore.file(database.get());
        if (!Files.isRegularFile(file)) {
            err.println("no embedded store at " + file.toAbsolutePath());
            return 2;
        }
        try {
            long before = Files.size(file);
            long started = System.nanoTime();
            // IFEXISTS: a mistyped directory must not become a new, empty store
            try (Connection connection = DriverManager.getConnection(url + ";IFEXISTS=TRUE", user, password);
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

    /** The settings the service is packaged with, as it reads them at start. */
    private static Properties packagedSettings() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        return yaml.getObject();
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println("usage: java -jar partnership-ledger.jar compact [--data-directory DIR] [--user U]"
                + " [--password P]   (with the service stopped; DIR is ./data unless given)");
        return 2;
    }
}
