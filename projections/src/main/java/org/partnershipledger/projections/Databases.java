package org.partnershipledger.projections;

import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Which database holds the ledger, where the two it runs on (H2 embedded, PostgreSQL) must be told apart. */
public final class Databases {

    private Databases() {
    }

    /** Whether the database behind this client is H2 (the embedded default). */
    public static boolean isH2(JdbcClient jdbc) {
        ResultSetExtractor<String> product = rs -> rs.getStatement().getConnection().getMetaData()
                .getDatabaseProductName();
        return "H2".equals(jdbc.sql("SELECT 1").query(product));
    }
}
