package org.partnershipledger.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partnershipledger.api.web.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/** 401 and 403 answered as problem documents, like every other error. */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final String challenge;

    SecurityProblems(String challenge) {
        this.challenge = challenge;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        response.setHeader("WWW-Authenticate", challenge);
        write(request, response, HttpStatus.UNAUTHORIZED, "Authentication required", "auth.unauthenticated",
                "sign in to do this");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "Not allowed", "auth.forbidden",
                "your grants do not allow this in this partnership");
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                              String title, String code, String detail) throws IOException {
        ProblemResponse.write(request, response, status, title, code, detail);
    }
}
