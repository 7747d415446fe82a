package org.partnershipledger.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

import java.io.IOException;

/**
 * One structured log line per API request: method, route template, status and duration. Nothing personal is
 * logged: no user, no address, no query string, no body.
 */
@Component
public class RequestLog extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.atInfo()
                    .addKeyValue("http.method", request.getMethod())
                    .addKeyValue("http.route", route == null ? "unmatched" : route)
                    .addKeyValue("http.status", response.getStatus())
                    .addKeyValue("duration.ms", millis)
                    .log("{} {} {} {}ms", request.getMethod(), route == null ? "unmatched" : route,
                            response.getStatus(), millis);
        }
    }
}
