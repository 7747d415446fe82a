package org.partnershipledger.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partnershipledger.api.config.DurableWrites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on command requests (the IETF httpapi draft's semantics). The first request with a key
 * is carried out and its answer kept, scoped to the caller, for {@code ledger.idempotency.retention} (24 hours unless
 * configured). A retry with the same key and the same request gets that answer again, marked
 * {@code Idempotency-Replayed: true}, and records nothing more; the same key with a different request is refused
 * with 422; a retry while the first is still being carried out gets 409 with {@code Retry-After}. An answer that
 * says "try again" (5xx, 503, a lost race) is not kept, so the retry is carried out afresh.
 * <p>
 * A request that never finished — its process was killed, or its database connection lost before the answer was
 * kept — holds its key for {@code ledger.idempotency.in-flight-limit} (30 s unless configured; at once after the
 * embedded store was left open by a run that did not stop in order). A retry after that takes the key over: if the
 * request's command is in the ledger ({@link IdempotentCommands} marks it so in the command's own transaction), the
 * retry answers as the first would have, marked replayed, without sending it again; otherwise it carries the request
 * out. Ids of what the request creates are derived from the key ({@link IdempotencyClaim#newId()}), so either way
 * the answer names what the first attempt would have named.
 */
@Component
public class IdempotencyKeys extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotency-Replayed";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyKeys.class);
    /** When a released claim was made: long enough ago for any retry to take it over. */
    private static final OffsetDateTime RELEASED = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final Duration retention;
    private final Duration inFlightLimit;
    private final DurableWrites durable;
    private final StoreUnavailable storeUnavailable;

    IdempotencyKeys(JdbcClient jdbc, @Value("${ledger.idempotency.retention:24h}") Duration retention,
                    @Value("${ledger.idempotency.in-flight-limit:30s}") Duration inFlightLimit,
                    DurableWrites durable, StoreUnavailable storeUnavailable) {
        this.jdbc = jdbc;
        this.retention = retention;
        this.inFlightLimit = inFlightLimit;
        this.durable = durable;
        this.storeUnavailable = storeUnavailable;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/")
                || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        String key = request.getHeader(HEADER).strip();
        if (caller == null || !caller.isAuthenticated() || "anonymousUser".equals(caller.getName())) {
            chain.doFilter(request, response);
            return;
        }
        if (!KEY.matcher(key).matches()) {
            ProblemResponse.write(request, response, HttpStatus.BAD_REQUEST, "Invalid request",
                    "idempotency.key-invalid", "an Idempotency-Key is 1 to 255 visible ASCII characters");
            return;
        }
        String hash = hash(request);
        Claimed claimed;
        try {
            claimed = claim(caller.getName(), key, hash);
        } catch (RuntimeException failure) {
            if (!storeUnavailable.causedIt(failure)) {
                throw failure;
            }
            LOG.warn("the store could not be reached to claim an Idempotency-Key: {}", failure.toString());
            StoreUnavailable.answer(request, response);
            return;
        }
        if (claimed.earlier() != null) {
            answerAgain(request, response, claimed.earlier(), hash);
            return;
        }
        IdempotencyClaim claim = claimed.claim();
        request.setAttribute(IdempotencyClaim.ATTRIBUTE, claim);
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        if (claim.recorded()) {
            // the first attempt's command is in the ledger: this attempt only gives its answer
            recorded.setHeader(REPLAYED, "true");
        }
        try {
            chain.doFilter(request, recorded);
        } catch (IOException | ServletException | RuntimeException failure) {
            try {
                release(claim);
            } catch (RuntimeException notReleased) {
                failure.addSuppressed(notReleased);
            }
            throw failure;
        }
        try {
            if (isFinal(recorded)) {
                keep(claim, recorded);
            } else {
                release(claim);
            }
        } catch (RuntimeException notKept) {
            // the answer is still the request's answer; the claim stays held (and RECORDED if the command was), so a
            // retry after the in-flight limit answers it again from the ledger or carries the request out
            LOG.warn("the Idempotency-Key of an answered request could not be updated ({}); a retry will settle it",
                    notKept.toString());
        }
        recorded.copyBodyToResponse();
    }

    /**
     * Releases every claim still held, for a retry to take over at once: for when every process that could hold one
     * has ended (the embedded store, which one process at a time opens, after a run that did not stop in order).
     *
     * @return how many claims were released
     */
    public int releaseEveryClaim() {
        return jdbc.sql("UPDATE idempotency_key SET claimed_at = ? WHERE state <> 'DONE'").param(RELEASED).update();
    }

    @Scheduled(fixedDelayString = "PT15M")
    void forgetExpired() {
        jdbc.sql("DELETE FROM idempotency_key WHERE expires_at < ?").param(now()).update();
    }

    /**
     * Claims the key for this attempt; or, when it is already known, answers what was kept of it — unless the attempt
     * holding it seems to have died, when this attempt takes it over.
     */
    private Claimed claim(String caller, String key, String hash) {
        for (int attempt = 0; attempt < 2; attempt++) {
            String token = UUID.randomUUID().toString();
            try {
                OffsetDateTime now = now();
                jdbc.sql("INSERT INTO idempotency_key (caller, idem_key, request_hash, state, created_at, expires_at,"
                                + " claim_token, claimed_at) VALUES (?, ?, ?, 'IN_FLIGHT', ?, ?, ?, ?)")
                        .params(caller, key, hash, now, now.plus(retention), token, now).update();
                return new Claimed(new IdempotencyClaim(caller, key, hash, now.toInstant(), token, false), null);
            } catch (DuplicateKeyException known) {
                Optional<Kept> kept = jdbc.sql("SELECT * FROM idempotency_key WHERE caller = ? AND idem_key = ?")
                        .params(caller, key)
                        .query((rs, row) -> new Kept(rs.getString("request_hash"), rs.getString("state"),
                                rs.getInt("status"), rs.getString("location"),
                                (Long) rs.getObject("ledger_version", Long.class), rs.getString("content_type"),
                                rs.getString("body"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                                rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                                rs.getString("claim_token"),
                                rs.getObject("claimed_at", OffsetDateTime.class).toInstant()))
                        .optional();
                if (kept.isEmpty() || !kept.get().expiresAt().isAfter(Instant.now())) {
                    jdbc.sql("DELETE FROM idempotency_key WHERE caller = ? AND idem_key = ? AND expires_at < ?")
                            .params(caller, key, now()).update();
                    continue;
                }
                Kept earlier = kept.get();
                if (earlier.requestHash().equals(hash) && !"DONE".equals(earlier.state())
                        && earlier.claimedAt().plus(inFlightLimit).isBefore(Instant.now())) {
                    Optional<IdempotencyClaim> takenOver = takeOver(caller, key, earlier, token);
                    if (takenOver.isPresent()) {
                        return new Claimed(takenOver.get(), null);
                    }
                }
                return new Claimed(null, earlier);
            }
        }
        throw new IllegalStateException("idempotency key '" + key + "' could be neither claimed nor read");
    }

    /**
     * Takes over the claim of an attempt that has not finished within the in-flight limit, unless another retry
     * took it first or the attempt moved on meanwhile (it then still holds the claim, and this attempt is told the
     * request is in progress).
     */
    private Optional<IdempotencyClaim> takeOver(String caller, String key, Kept earlier, String token) {
        int taken = jdbc.sql("UPDATE idempotency_key SET claim_token = ?, claimed_at = ? WHERE caller = ?"
                        + " AND idem_key = ? AND claim_token = ? AND state = ?")
                .params(token, now(), caller, key, earlier.claimToken(), earlier.state())
                .update();
        if (taken != 1) {
            return Optional.empty();
        }
        boolean recorded = "RECORDED".equals(earlier.state());
        LOG.info("a retry takes over the Idempotency-Key of a request that did not finish, and {}",
                recorded ? "answers it (its command is in the ledger)" : "carries it out");
        return Optional.of(new IdempotencyClaim(caller, key, earlier.requestHash(), earlier.createdAt(), token,
                recorded));
    }

    private void answerAgain(HttpServletRequest request, HttpServletResponse response, Kept kept, String hash)
            throws IOException {
        if (!kept.requestHash().equals(hash)) {
            ProblemResponse.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency key reused",
                    "idempotency.key-reused", "this Idempotency-Key was used for a different request");
        } else if (!"DONE".equals(kept.state())) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            ProblemResponse.write(request, response, HttpStatus.CONFLICT, "Request in progress",
                    "idempotency.in-flight", "the first request with this Idempotency-Key is still being carried out");
        } else {
            response.setStatus(kept.status());
            response.setHeader(REPLAYED, "true");
            if (kept.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, kept.location());
            }
            if (kept.ledgerVersion() != null) {
                response.setHeader(Receipt.VERSION_HEADER, kept.ledgerVersion().toString());
                response.setHeader(HttpHeaders.ETAG, IfMatch.etag(kept.ledgerVersion()));
            }
            if (kept.contentType() != null) {
                response.setContentType(kept.contentType());
            }
            if (kept.body() != null) {
                response.getOutputStream().write(kept.body().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void keep(IdempotencyClaim claim, ContentCachingResponseWrapper response) {
        String version = response.getHeader(Receipt.VERSION_HEADER);
        jdbc.sql("UPDATE idempotency_key SET state = 'DONE', status = ?, location = ?, ledger_version = ?,"
                        + " content_type = ?, body = ? WHERE caller = ? AND idem_key = ? AND claim_token = ?")
                .params(response.getStatus(), response.getHeader(HttpHeaders.LOCATION),
                        version == null ? null : Long.valueOf(version), response.getContentType(),
                        new String(response.getContentAsByteArray(), StandardCharsets.UTF_8), claim.caller(),
                        claim.key(), claim.token())
                .update();
        // a retry after a crash must get this answer again, not carry the request out afresh
        durable.flush();
    }

    /**
     * Lets the key go after an answer that says "try again": forgotten if the command was not recorded, so the retry
     * carries the request out; if it was, kept and released at once, so the retry answers without sending it again.
     */
    private void release(IdempotencyClaim claim) {
        int forgotten = jdbc.sql("DELETE FROM idempotency_key WHERE caller = ? AND idem_key = ? AND claim_token = ?"
                        + " AND state = 'IN_FLIGHT'")
                .params(claim.caller(), claim.key(), claim.token()).update();
        if (forgotten == 0) {
            jdbc.sql("UPDATE idempotency_key SET claimed_at = ? WHERE caller = ? AND idem_key = ? AND claim_token = ?"
                            + " AND state = 'RECORDED'")
                    .params(RELEASED, claim.caller(), claim.key(), claim.token()).update();
        }
    }

    /** Whether an answer is the request's outcome, to be given again, rather than an invitation to retry. */
    private static boolean isFinal(ContentCachingResponseWrapper response) {
        int status = response.getStatus();
        if (status >= 500 || status == 401) {
            return false;
        }
        String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        return !(status == 409 && body.contains("\"ledger.concurrent-write\""));
    }

    private static String hash(HttpServletRequest request) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((request.getMethod() + " " + request.getRequestURI() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            sha256.update(BufferedBody.of(request));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Now, in whole milliseconds: what every database stores exactly. */
    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    private record Kept(String requestHash, String state, int status, String location, Long ledgerVersion,
                        String contentType, String body, Instant createdAt, Instant expiresAt, String claimToken,
                        Instant claimedAt) {
    }

    /** Either this attempt's claim on the key or what an earlier attempt left of it. */
    private record Claimed(IdempotencyClaim claim, Kept earlier) {
    }
}
