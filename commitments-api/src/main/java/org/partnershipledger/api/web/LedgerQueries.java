package org.partnershipledger.api.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/** Asks the read models through Axon's query bus and waits for the answer. */
@Component
public class LedgerQueries {

    private final QueryGateway queries;

    LedgerQueries(QueryGateway queries) {
        this.queries = queries;
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

    private static <R> R join(java.util.function.Supplier<R> answer) {
        try {
            return answer.get();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
