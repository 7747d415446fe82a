package org.partnershipledger.api.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.partnershipledger.api.config.RuleViolationDetails;
import org.partnershipledger.core.shared.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every error is an RFC 9457 {@code application/problem+json} document with a stable {@code code}:
 * 400 for malformed or invalid input (each field named), 404 for unknown things, 409 for conflicts with the ledger,
 * 422 for values the rules refuse, 415/405/406 from Spring's own handling; never a stack trace.
 */
@RestControllerAdvice
class Problems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private final StoreUnavailable storeUnavailable;

    Problems(StoreUnavailable storeUnavailable) {
        this.storeUnavailable = storeUnavailable;
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolated(RuleViolation violation) {
        HttpStatus status = switch (violation.rule().kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case PRECONDITION_FAILED -> HttpStatus.PRECONDITION_FAILED;
        };
        return problem(status, "The ledger refused the change", violation.code(), violation.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail partnershipNotFound(AggregateNotFoundException missing) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "partnership.not-found",
                "no partnership '" + missing.getAggregateIdentifier() + "' in the ledger");
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentWrite(ConcurrencyException conflict) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Concurrent change", "ledger.concurrent-write",
                "another change to this partnership was recorded at the same moment; send the request again");
        problem.setProperty("retryable", true);
        return problem;
    }

    @ExceptionHandler(IdempotentCommands.ClaimSuperseded.class)
    ProblemDetail superseded(IdempotentCommands.ClaimSuperseded superseded) {
        return problem(HttpStatus.CONFLICT, "Request taken over", "idempotency.superseded", superseded.getMessage());
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException failure) {
        return RuleViolationDetails.of(failure).map(this::ruleViolated)
                .map(problem -> ResponseEntity.status(problem.getStatus()).body(problem))
                .orElseGet(() -> unexpected(failure));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure) {
        if (storeUnavailable.causedIt(failure)) {
            LOG.warn("the store could not be reached: {}", failure.toString());
            return StoreUnavailable.answer();
        }
        LOG.error("unexpected failure", failure);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "internal", "the request could not be completed; nothing was recorded"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Map<String, String>> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(Problems::fieldError)
                .collect(Collectors.toList());
        invalid.getBindingResult().getGlobalErrors().forEach(e -> errors.add(
                Map.of("field", e.getObjectName(), "message", String.valueOf(e.getDefaultMessage()))));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "request.invalid",
                "some fields are missing or invalid: " + errors.stream().map(e -> e.get("field"))
                        .collect(Collectors.joining(", ")));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ProblemDetail problem;
        RuleViolation violation = find(unreadable, RuleViolation.class);
        DatabindException databind = find(unreadable, DatabindException.class);
        JacksonException json = find(unreadable, JacksonException.class);
        if (violation != null) {
            problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", violation.code(), violation.getMessage());
        } else if (databind != null) {
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String message = UnreadableJson.explain(databind);
            problem = problem(HttpStatus.BAD_REQUEST, "Malformed request", "request.malformed",
                    field.isEmpty() ? "the request body is not of the expected shape: " + message
                            : "field '" + field + "' " + message);
            if (!field.isEmpty()) {
                problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
            }
        } else if (json != null) {
            problem = problem(HttpStatus.BAD_REQUEST, "Malformed request", "request.malformed",
                    "the request body is not valid JSON");
        } else {
            problem = problem(HttpStatus.BAD_REQUEST, "Malformed request", "request.malformed",
                    "the request body is missing or not valid JSON");
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /** Spring's own answers (405, 406, 415...) get a code too, so every problem can be told apart by its code. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception failure, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(failure, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            problem.setProperty("code", "http." + status.value());
        }
        return response;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Map<String, String> fieldError(FieldError error) {
        return Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage()));
    }

    static ProblemDetail problem(HttpStatus status, String title, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("urn:partnership-ledger:problem:" + code));
        problem.setProperty("code", code);
        return problem;
    }
}
