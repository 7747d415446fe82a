package org.partnershipledger.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A problem document written by a servlet filter, where Spring MVC's error handling does not reach. */
public final class ProblemResponse {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponse() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                             String title, String code, String detail) throws IOException {
        write(request, response, status, title, code, detail, Map.of());
    }

    /** With properties of the problem's own after the standard ones ({@code retryable}, say). */
    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                             String title, String code, String detail, Map<String, Object> properties)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:partnership-ledger:problem:" + code);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        problem.put("code", code);
        problem.putAll(properties);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
