package org.partnershipledger.api.web;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Marks a command's {@link IdempotencyClaim} {@code RECORDED} in the transaction that stores the command's events,
 * once the command has been decided: the mark and the events are committed together or not at all.
 * <p>
 * The mark is made only while the claim is still this attempt's: if a retry took the key over because this attempt
 * seemed to have died, the command fails with {@link ClaimSuperseded} and records nothing, so the request is never
 * carried out twice.
 */
@Component
class IdempotentCommands implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final JdbcClient jdbc;

    IdempotentCommands(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        Object result = chain.proceed();
        MetaData metadata = unitOfWork.getMessage().getMetaData();
        Object token = metadata.get(IdempotencyClaim.TOKEN);
        if (token != null) {
            int marked = jdbc.sql("UPDATE idempotency_key SET state = 'RECORDED' WHERE caller = ? AND idem_key = ?"
                            + " AND claim_token = ? AND state = 'IN_FLIGHT'")
                    .params(metadata.get(IdempotencyClaim.CALLER), metadata.get(IdempotencyClaim.KEY), token)
                    .update();
            if (marked != 1) {
                throw new ClaimSuperseded();
            }
        }
        return result;
    }

    /** The attempt's claim on its Idempotency-Key was taken over by a retry; the retry carries the request out. */
    static final class ClaimSuperseded extends RuntimeException {

        ClaimSuperseded() {
            super("a retry with this Idempotency-Key took the request over; its answer is the request's answer",
                    null, false, false);
        }
    }
}
