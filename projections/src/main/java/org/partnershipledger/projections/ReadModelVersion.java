package org.partnershipledger.projections;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.OptionalLong;

/**
 * The version of a partnership the read models reflect: the sequence number of the last event applied.
 * A client that wrote version n sees its write in every read model once this is at least n.
 */
@Component
public class ReadModelVersion {

    private final JdbcClient jdbc;

    ReadModelVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public OptionalLong of(String partnershipId) {
        return jdbc.sql("SELECT version FROM rm_partnership WHERE partnership_id = ?")
                .param(partnershipId)
                .query(Long.class)
                .optional()
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }
}
