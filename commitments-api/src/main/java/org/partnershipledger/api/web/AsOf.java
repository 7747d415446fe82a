package org.partnershipledger.api.web;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.partnershipledger.api.config.LedgerProperties;
import org.partnershipledger.projections.AsOfReadModels;
import org.partnershipledger.projections.ReadModelVersion;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads as of a past instant. Every read of a partnership accepts {@code asOf}, an ISO-8601 instant
 * ({@code 2011-03-31T23:59:59Z}), and then answers exactly as it would have at that instant: only events recorded
 * up to it count, later corrections are absent.
 */
@Component
public class AsOf {

    public static final String PARAMETER = "asOf";

    /** How the effective-time parameter {@code financialYear} of money reads is described to clients. */
    public static final String FINANCIAL_YEAR = "effective time: only the money of this financial year (written like "
            + "2010/11) — the pledges for it and the spend against them — whenever recorded; with asOf, only what "
            + "had been recorded by then";

    private static final long POLL_MILLIS = 20;

    private final AsOfReadModels readModels;
    private final LedgerQueries queries;
    private final EventStore events;
    private final ReadModelVersion versions;
    private final Duration waitLimit;
    private final ZoneId zone;
    private final Clock clock;

    AsOf(AsOfReadModels readModels, LedgerQueries queries, EventStore events, ReadModelVersion versions,
         LedgerProperties properties, Optional<Clock> clock) {
        this.readModels = readModels;
        this.queries = queries;
        this.events = events;
        this.versions = versions;
        this.waitLimit = properties.readWaitLimit();
        this.zone = properties.timeZone();
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * The day the request asks about, in the ledger's time zone ({@code ledger.time-zone}): the date of its
     * {@code asOf}, or today.
     */
    public LocalDate day() {
        return LocalDate.ofInstant(ofCurrentRequest().orElseGet(clock::instant), zone);
    }

    /** The instant the current request asks about, if it asks about one. */
    public static Optional<Instant> ofCurrentRequest() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        String value = attributes.getRequest().getParameter(PARAMETER);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "asOf must be an ISO-8601 instant such as 2011-03-31T23:59:59Z");
        }
    }

    /**
     * Whether the partnership exists — at the request's {@code asOf}, or in the live read models (whose version
     * tells) when it names no instant.
     */
    public boolean exists(String partnershipId, ReadModelVersion liveVersion) {
        Optional<Instant> instant = ofCurrentRequest();
        if (instant.isEmpty()) {
            return liveVersion.of(partnershipId).isPresent();
        }
        return versionAt(partnershipId, instant.get()).isPresent();
    }

    /**
     * Answers from the read models as of the request's {@code asOf}, or from the live read models when it names
     * none; empty when the thing did not exist (then, or now).
     */
    public <T> Optional<T> answer(String partnershipId, Function<AsOfReadModels.Queries, Optional<T>> asOfQuestion,
                                  Supplier<Optional<T>> liveQuestion) {
        Optional<Instant> instant = ofCurrentRequest();
        if (instant.isEmpty()) {
            return liveQuestion.get();
        }
        return versionAt(partnershipId, instant.get()).flatMap(then -> queries.inOneSnapshot(
                () -> readModels.answer(partnershipId, then, instant.get(), asOfQuestion)));
    }

    /**
     * The partnership's version at the instant, once the read models have applied every event recorded by then;
     * found once per request (a read that first checks the partnership exists asks twice).
     */
    private Optional<AsOfReadModels.Version> versionAt(String partnershipId, Instant instant) {
        String key = AsOf.class.getName() + ".version:" + partnershipId;
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        @SuppressWarnings("unchecked")
        Optional<AsOfReadModels.Version> found = request == null ? null
                : (Optional<AsOfReadModels.Version>) request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
        if (found == null) {
            awaitRecordedBy(partnershipId, instant);
            found = queries.inOneSnapshot(() -> readModels.versionAt(partnershipId, instant));
            if (request != null) {
                request.setAttribute(key, found, RequestAttributes.SCOPE_REQUEST);
            }
        }
        return found;
    }

    /**
     * Waits (up to {@code ledger.read-wait-limit}) until the read models have applied every event of the partnership
     * recorded by the instant, else answers 503 with {@code Retry-After}: the events are applied a moment after they
     * are recorded.
     */
    private void awaitRecordedBy(String partnershipId, Instant instant) {
        long deadline = System.nanoTime() + waitLimit.toNanos();
        while (true) {
            long applied = versions.of(partnershipId).orElse(-1);
            Optional<Instant> next = recordedAt(partnershipId, applied + 1);
            if (next.isEmpty() || next.get().isAfter(instant)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new ReadNotCaughtUp(partnershipId, applied + 1, applied);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ReadNotCaughtUp(partnershipId, applied + 1, applied);
            }
        }
    }

    /** When the partnership's event of that version was recorded, if it has been. */
    private Optional<Instant> recordedAt(String partnershipId, long version) {
        if (events.lastSequenceNumberFor(partnershipId).orElse(-1L) < version) {
            return Optional.empty();
        }
        DomainEventStream stream = events.readEvents(partnershipId, version);
        return stream.hasNext() ? Optional.of(stream.peek().getTimestamp()) : Optional.empty();
    }

    /** Asks the same question of the read models as of the request's {@code asOf}, or of the live ones. */
    public <T> Optional<T> read(String partnershipId, Function<AsOfReadModels.Queries, Optional<T>> question) {
        return answer(partnershipId, question, () -> queries.inOneSnapshot(() -> question.apply(readModels.live())));
    }
}
