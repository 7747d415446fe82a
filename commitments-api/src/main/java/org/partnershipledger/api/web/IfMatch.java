package org.partnershipledger.api.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.server.ResponseStatusException;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic concurrency over HTTP. Every read of a partnership carries an {@code ETag}: the partnership's version,
 * {@code "42"}. Every command accepts {@code If-Match} with that tag (weak or strong); the command is then decided
 * only if the partnership is still at that version, and otherwise answered 412 with nothing recorded.
 * {@code If-Match: *} (or no header) imposes no condition.
 */
public final class IfMatch {

    private static final Pattern TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

    private IfMatch() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version the current request's {@code If-Match} names, if it names one. */
    static Optional<String> ofCurrentRequest() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        HttpServletRequest request = attributes.getRequest();
        String header = request.getHeader("If-Match");
        if (header == null || header.strip().equals("*")) {
            return Optional.empty();
        }
        Matcher m = TAG.matcher(header.strip());
        if (!m.matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "If-Match must be one entity tag such as \"42\", as sent in ETag");
        }
        return Optional.of(m.group(1));
    }
}
