package org.partnershipledger.api.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** A read for something the read models do not hold: 404 with a stable code. */
public class NotFound extends ErrorResponseException {

    public NotFound(String code, String detail) {
        super(HttpStatus.NOT_FOUND, problem(code, detail), null);
    }

    private static ProblemDetail problem(String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle("Not found");
        problem.setType(URI.create("urn:partnership-ledger:problem:" + code));
        problem.setProperty("code", code);
        return problem;
    }

    public static NotFound partnership(String partnershipId) {
        return new NotFound("partnership.not-found", "no partnership '" + partnershipId + "' in the ledger");
    }
}
