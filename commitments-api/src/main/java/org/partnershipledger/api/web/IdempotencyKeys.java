package org.partnershipledger.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partnershipledger.api.config.DurableWrites;
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
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on command requests (the IETF httpapi draft's semantics). The first request with a key
 * is carried out and its answer kept, scoped to the caller, for {@code ledger.idempotency.retention} (24 hours unless
 * configured). A retry with the same key and the same request gets that answer again, marked
 * {@code Idempotency-Replayed: true}, and records nothing more; the same key with a different request is refused
 * with 422; a retry while the first is still being carried out gets 409 with {@code Retry-After}. An answer that
 * says "try again" (5xx, 503, a lost race) is not kept, so the retry is carried out afresh.
 */
@Component
public class IdempotencyKeys extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotency-Replayed";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final JdbcClient jdbc;
    private final Duration retention;
    private final DurableWrites durable;

    IdempotencyKeys(JdbcClient jdbc, @Value("${ledger.idempotency.retention:24h}") Duration retention,
                    DurableWrites durable) {
        this.jdbc = jdbc;
        this.retention = retention;
        this.durable = durable;
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
        Optional<Kept> earlier = claim(caller.getName(), key, hash);
        if (earlier.isPresent()) {
            answerAgain(request, response, earlier.get(), hash);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, recorded);
        } catch (IOException | ServletException | RuntimeException failure) {
            forget(caller.getName(), key);
            throw failure;
        }
        if (isFinal(recorded)) {
            keep(caller.getName(), key, recorded);
        } else {
            forget(caller.getName(), key);
        }
        recorded.copyBodyToResponse();
    }

    @Scheduled(fixedDelayString = "PT15M")
    void forgetExpired() {
        jdbc.sql("DELETE FROM idempotency_key WHERE expires_at < ?").param(now()).update();
    }

    /** Records the key as in flight; or, when it is already known, what was kept of it. */
    private Optional<Kept> claim(String caller, String key, String hash) {
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                OffsetDateTime now = now();
                jdbc.sql("INSERT INTO idempotency_key (caller, idem_key, request_hash, state, created_at, expires_at)"
                                + " VALUES (?, ?, ?, 'IN_FLIGHT', ?, ?)")
                        .params(caller, key, hash, now, now.plus(retention)).update();
                return Optional.empty();
            } catch (DuplicateKeyException known) {
                Optional<Kept> kept = jdbc.sql("SELECT * FROM idempotency_key WHERE caller = ? AND idem_key = ?")
                        .params(caller, key)
                        .query((rs, row) -> new Kept(rs.getString("request_hash"), rs.getString("state"),
                                rs.getInt("status"), rs.getString("location"),
                                (Long) rs.getObject("ledger_version", Long.class), rs.getString("content_type"),
                                rs.getString("body"), rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                        .optional();
                if (kept.isPresent() && kept.get().expiresAt().isAfter(Instant.now())) {
                    return kept;
                }
                forget(caller, key);
            }
        }
        throw new IllegalStateException("idempotency key '" + key + "' could be neither claimed nor read");
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

    private void keep(String caller, String key, ContentCachingResponseWrapper response) {
        String version = response.getHeader(Receipt.VERSION_HEADER);
        jdbc.sql("UPDATE idempotency_key SET state = 'DONE', status = ?, location = ?, ledger_version = ?,"
                        + " content_type = ?, body = ? WHERE caller = ? AND idem_key = ?")
                .params(response.getStatus(), response.getHeader(HttpHeaders.LOCATION),
                        version == null ? null : Long.valueOf(version), response.getContentType(),
                        new String(response.getContentAsByteArray(), StandardCharsets.UTF_8), caller, key)
                .update();
        // a retry after a crash must get this answer again, not carry the request out afresh
        durable.flush();
    }

    private void forget(String caller, String key) {
        jdbc.sql("DELETE FROM idempotency_key WHERE caller = ? AND idem_key = ?").params(caller, key).update();
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

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private record Kept(String requestHash, String state, int status, String location, Long ledgerVersion,
                        String contentType, String body, Instant expiresAt) {
    }
}
