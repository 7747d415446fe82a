package org.partnershipledger.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partnershipledger.api.config.LedgerProperties;
import org.partnershipledger.projections.ReadModelVersion;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Map;
import java.util.OptionalLong;

/**
 * Lets a client read its own writes. Every read under a partnership accepts {@code minVersion}: the read waits
 * (up to {@code ledger.read-wait-limit}) until the read models reflect at least that version, else answers 503 with
 * {@code Retry-After}. Every such read carries the version it reflects in the {@value Receipt#VERSION_HEADER} header
 * and as its {@code ETag} (see {@link IfMatch}).
 */
@Component
public class ReadYourWrites implements HandlerInterceptor {

    public static final String MIN_VERSION = "minVersion";
    private static final long POLL_MILLIS = 20;

    private final ReadModelVersion versions;
    private final LedgerProperties properties;

    ReadYourWrites(ReadModelVersion versions, LedgerProperties properties) {
        this.versions = versions;
        this.properties = properties;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InterruptedException {
        if (!"GET".equals(request.getMethod())) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> path = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String partnershipId = path == null ? null : path.get("partnershipId");
        if (partnershipId == null) {
            return true;
        }
        OptionalLong reached = awaitVersion(partnershipId, minVersion(request));
        reached.ifPresent(v -> {
            response.setHeader(Receipt.VERSION_HEADER, Long.toString(v));
            response.setHeader("ETag", IfMatch.etag(v));
        });
        return true;
    }

    private OptionalLong awaitVersion(String partnershipId, long wanted) throws InterruptedException {
        long deadline = System.nanoTime() + properties.readWaitLimit().toNanos();
        OptionalLong reached = versions.of(partnershipId);
        while (reached.orElse(-1) < wanted) {
            if (System.nanoTime() > deadline) {
                throw new ReadNotCaughtUp(partnershipId, wanted, reached.orElse(-1));
            }
            Thread.sleep(POLL_MILLIS);
            reached = versions.of(partnershipId);
        }
        return reached;
    }

    private static long minVersion(HttpServletRequest request) {
        String value = request.getParameter(MIN_VERSION);
        if (value == null) {
            return -1;
        }
        try {
            long version = Long.parseLong(value);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "minVersion must be a whole number ≥ 0");
    }
}
