package org.partnershipledger.api.web;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;

/**
 * Whether a failure means the database could not be reached, rather than a fault in the request or the code: the
 * failure says so (connection errors, SQLSTATE class 08, server shutting down), or it came from the database and the
 * database does not answer a connection check right now (a pool's "connection is closed" says nothing more). With
 * the {@code axonserver} profile, Axon Server not answering (gRPC's {@code UNAVAILABLE}) is the store being away too.
 */
@Component
public class StoreUnavailable {

    private static final String TITLE = "Store unavailable";
    private static final String CODE = "store.unavailable";
    private static final String DETAIL = "the ledger's store could not be reached; a change sent now may or may not"
            + " have been recorded — read before sending it again, or send it again with the same Idempotency-Key";
    /** Seconds a caller is asked to wait before trying again. */
    private static final String RETRY_AFTER = "5";
    /** The problem's property telling the caller that the same request may succeed later. */
    private static final String RETRYABLE = "retryable";

    private final DataSource store;

    StoreUnavailable(DataSource store) {
        this.store = store;
    }

    public boolean causedIt(Throwable failure) {
        boolean fromTheDatabase = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof StatusRuntimeException grpc && grpc.getStatus().getCode() == Status.Code.UNAVAILABLE) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            fromTheDatabase |= cause instanceof SQLException || cause instanceof DataAccessException
                    || cause.getClass().getName().startsWith("org.axonframework.common.jdbc");
        }
        return fromTheDatabase && !answers();
    }

    /** The answer to a request the store's absence failed, from Spring MVC's error handling. */
    static ResponseEntity<ProblemDetail> answer() {
        ProblemDetail problem = Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, TITLE, CODE, DETAIL);
        problem.setProperty(RETRYABLE, true);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER)
                .body(problem);
    }

    /** The same answer, written by a servlet filter, where Spring MVC's error handling does not reach. */
    static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
        ProblemResponse.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, TITLE, CODE, DETAIL,
                Map.of(RETRYABLE, true));
    }

    private boolean answers() {
        try (Connection connection = store.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException unreachable) {
            return false;
        }
    }
}
