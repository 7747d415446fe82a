package org.partnershipledger.api.config;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Retries a command that lost a race: when another node appended to the same partnership between this node loading
 * it and appending, the event store refuses the append (unique aggregate id and sequence number) and the command is
 * decided again, a few milliseconds later, against the partnership as it now is — its rules are checked afresh.
 * Up to ten times, waiting a little longer each time (20 ms more, plus jitter): with several nodes writing to one
 * partnership at a high rate, five retries were measured to run out. Beyond that the caller hears 409, to send again.
 * Nothing else is retried: a rule violation is an answer, not a failure.
 */
class ConflictRetry implements RetryScheduler {

    private final ScheduledExecutorService executor;
    private final int maxRetries;
    private final long intervalMillis;

    ConflictRetry(ScheduledExecutorService executor, int maxRetries, long intervalMillis) {
        this.executor = executor;
        this.maxRetries = maxRetries;
        this.intervalMillis = intervalMillis;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable dispatchTask) {
        if (!isConflict(lastFailure) || failures.size() > maxRetries) {
            return false;
        }
        long jitter = (long) (Math.random() * intervalMillis);
        executor.schedule(dispatchTask, intervalMillis * failures.size() + jitter, TimeUnit.MILLISECONDS);
        return true;
    }

    private static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
