package org.partnershipledger.api.config;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

/**
 * Tells Axon's JDBC event store that an append lost a race: the database refused it for a duplicate key, SQLSTATE
 * 23505 in both H2 and PostgreSQL. (Axon's own resolvers either need JPA on the class path or only recognise the
 * exception class H2 throws, not PostgreSQL's.)
 */
final class DuplicateKeyResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
