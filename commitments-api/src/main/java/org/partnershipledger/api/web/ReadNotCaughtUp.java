package org.partnershipledger.api.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The read models had not reached the version a client asked for within the wait limit: try again shortly. */
public class ReadNotCaughtUp extends ErrorResponseException {

    public ReadNotCaughtUp(String partnershipId, long wanted, long reached) {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(partnershipId, wanted, reached), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
    }

    private static ProblemDetail problem(String partnershipId, long wanted, long reached) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the read models of partnership '" + partnershipId + "' are at version " + reached
                        + ", not yet at " + wanted + "; retry shortly");
        problem.setTitle("Read models catching up");
        problem.setProperty("code", "read.not-caught-up");
        problem.setProperty("version", reached);
        return problem;
    }
}
