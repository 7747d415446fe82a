package org.partnershipledger.api.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.partnershipledger.projections.Databases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/** Asks the read models through Axon's query bus and waits for the answer. */
@Component
public class LedgerQueries {

    private final QueryGateway queries;
    private final TransactionTemplate snapshot;

    LedgerQueries(QueryGateway queries, PlatformTransactionManager transactions, DataSource dataSource) {
        this.queries = queries;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(snapshotIsolation(dataSource));
    }

    /**
     * The isolation level at which a transaction sees one snapshot: repeatable read on PostgreSQL; on H2 repeatable
     * read still shows rows other transactions insert meanwhile, and serializable is its snapshot.
     */
    private static int snapshotIsolation(DataSource dataSource) {
        return Databases.isH2(JdbcClient.create(dataSource))
                ? TransactionDefinition.ISOLATION_SERIALIZABLE
                : TransactionDefinition.ISOLATION_REPEATABLE_READ;
    }

    /**
     * Runs the reads in one read-only transaction that sees a single snapshot of the read models. An answer takes
     * several statements (a partnership's version, then its rows); read committed, each statement could see a batch
     * the read-model processor committed in between — a theme added, yet the version from before it.
     */
    public <R> R inOneSnapshot(Supplier<R> reads) {
        return snapshot.execute(status -> reads.get());
    }

    public <R> R one(Object query, Class<R> type) {
        return join(() -> queries.query(query, ResponseTypes.instanceOf(type)).join());
    }

    public <R> Optional<R> optional(Object query, Class<R> type) {
        return join(() -> queries.query(query, ResponseTypes.optionalInstanceOf(type)).join());
    }

    public <R> List<R> list(Object query, Class<R> type) {
        return join(() -> queries.query(query, ResponseTypes.multipleInstancesOf(type)).join());
    }

    private <R> R join(Supplier<R> answer) {
        try {
            return inOneSnapshot(answer);
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
