package org.partnershipledger.api.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A request refused with a problem+json answer carrying a stable code. */
public class Refused extends ErrorResponseException {

    public Refused(HttpStatus status, String title, String code, String detail) {
        super(status, Problems.problem(status, title, code, detail), null);
    }
}
