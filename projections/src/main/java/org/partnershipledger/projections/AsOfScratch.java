package org.partnershipledger.projections;

import org.partnershipledger.projections.rows.MemoryRows;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * A scratch in-memory database with the read models' schema, holding one partnership's read models as of a past
 * instant, and the same queries over it. Several requests may ask it at once; once closed it answers nothing.
 */
final class AsOfScratch implements AutoCloseable {

    private static final String SCHEMA = "db/migration/common/V2__read_models.sql";

    private final SingleConnectionDataSource database;
    private final AsOfReadModels.Queries queries;
    private final long rows;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean closed;

    private AsOfScratch(SingleConnectionDataSource database, AsOfReadModels.Queries queries, long rows) {
        this.database = database;
        this.queries = queries;
        this.rows = rows;
    }

    /** The partnership did not exist at the instant: every question is answered with nothing. */
    static AsOfScratch nothing() {
        return new AsOfScratch(null, null, 0);
    }

    /** A scratch database holding the rows given. */
    static AsOfScratch of(MemoryRows content, Function<JdbcClient, AsOfReadModels.Queries> queries) {
        SingleConnectionDataSource database = new SingleConnectionDataSource(
                "jdbc:h2:mem:as-of-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=0", "sa", "", true);
        try (Connection connection = database.getConnection()) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource(SCHEMA));
            long rows = content.held();
            content.writeTo(new JdbcTemplate(database));
            return new AsOfScratch(database, queries.apply(JdbcClient.create(database)), rows);
        } catch (SQLException | RuntimeException e) {
            database.destroy();
            throw new IllegalStateException("cannot build a scratch database for the read models as of an instant", e);
        }
    }

    /** How many rows it holds. */
    long rows() {
        return rows;
    }

    /** The answer to the question, or nothing at all when this scratch database has been closed meanwhile. */
    <T> Optional<Optional<T>> ask(Function<AsOfReadModels.Queries, Optional<T>> question) {
        lock.readLock().lock();
        try {
            if (closed) {
                return Optional.empty();
            }
            return Optional.of(database == null ? Optional.empty() : question.apply(queries));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Closes it once the questions being answered have been. */
    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            closed = true;
            if (database != null) {
                database.destroy();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }
}
