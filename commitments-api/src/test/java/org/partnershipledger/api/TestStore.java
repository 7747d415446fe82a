package org.partnershipledger.api;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.test.context.ActiveProfilesResolver;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * Which store the service tests run against: the embedded default (an H2 file), or — with the system property
 * {@code ledger.test.store=postgres}, as the build's second test run sets it — a real PostgreSQL server started
 * from the binaries shipped in a Maven artifact.
 */
public final class TestStore implements ActiveProfilesResolver {

    private static EmbeddedPostgres postgres;

    /** A fresh H2 database in memory, named from the prefix, with the service's own migrations. */
    public static JdbcDataSource migratedH2(String prefix) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + prefix + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return migrated(h2, "h2");
    }

    /** The service's own migrations, as it runs them on that database ({@code h2} or {@code postgresql}). */
    public static <D extends DataSource> D migrated(D dataSource, String vendor) {
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .load().migrate();
        return dataSource;
    }

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty("ledger.test.store"));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return isPostgres() ? new String[]{"postgres", "testusers"} : new String[]{"testusers"};
    }

    /**
     * Gives a test context a data directory of its own (a fresh temporary one), so that its processors do not
     * compete with those of the shared test context.
     */
    public static void ownDataDirectory(DynamicPropertyRegistry registry, String prefix) {
        try {
            String data = Files.createTempDirectory(prefix).toString();
            registry.add("ledger.data-directory", () -> data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points the service at the chosen store; an H2 store lives in the given data directory. */
    public static void register(DynamicPropertyRegistry registry, Path dataDirectory) {
        registry.add("ledger.data-directory", dataDirectory::toString);
        if (isPostgres()) {
            EmbeddedPostgres server = postgres();
            registry.add("spring.datasource.url", () -> server.getJdbcUrl("postgres", "postgres"));
            registry.add("spring.datasource.username", () -> "postgres");
            registry.add("spring.datasource.password", () -> "");
        }
    }

    /** The one PostgreSQL server of this test run, started on first use and stopped when the JVM ends. */
    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending anyway
                }
            }));
        }
        return postgres;
    }

    private TestStore() {
    }
}
