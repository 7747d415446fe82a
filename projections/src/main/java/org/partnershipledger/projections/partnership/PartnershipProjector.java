package org.partnershipledger.projections.partnership;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.partnershipledger.core.partnership.PartnershipEstablished;
import org.partnershipledger.core.partnership.PrincipleDefined;
import org.partnershipledger.core.partnership.PrincipleRenamed;
import org.partnershipledger.core.partnership.PrincipleRetired;
import org.partnershipledger.core.partnership.SharedCommitmentAgreed;
import org.partnershipledger.core.partnership.SharedCommitmentReworded;
import org.partnershipledger.core.partnership.SharedCommitmentWithdrawn;
import org.partnershipledger.core.partnership.ThemeDefined;
import org.partnershipledger.core.partnership.ThemeRenamed;
import org.partnershipledger.core.partnership.ThemeRetired;
import org.partnershipledger.projections.Ledger;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;

/** The partnership itself: its vision, matrix axes and shared commitments. */
public class PartnershipProjector {

    private final JdbcClient jdbc;

    public PartnershipProjector(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PartnershipEstablished e, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.sql("INSERT INTO rm_partnership (partnership_id, name, place, vision, established_at, last_changed_at,"
                        + " version) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(e.partnershipId().value(), e.name(), e.place(), e.vision(), Ledger.utc(at), Ledger.utc(at),
                        sequence)
                .update();
    }

    @EventHandler
    void on(ThemeDefined e, @SequenceNumber long sequence) {
        defineAxis("rm_theme", "theme_id", e.partnershipId().value(), e.themeId().value(), e.name(),
                e.description(), sequence);
    }

    @EventHandler
    void on(ThemeRenamed e) {
        renameAxis("rm_theme", "theme_id", e.partnershipId().value(), e.themeId().value(), e.name());
    }

    @EventHandler
    void on(ThemeRetired e) {
        retireAxis("rm_theme", "theme_id", e.partnershipId().value(), e.themeId().value());
    }

    @EventHandler
    void on(PrincipleDefined e, @SequenceNumber long sequence) {
        defineAxis("rm_principle", "principle_id", e.partnershipId().value(), e.principleId().value(), e.name(),
                e.description(), sequence);
    }

    @EventHandler
    void on(PrincipleRenamed e) {
        renameAxis("rm_principle", "principle_id", e.partnershipId().value(), e.principleId().value(), e.name());
    }

    @EventHandler
    void on(PrincipleRetired e) {
        retireAxis("rm_principle", "principle_id", e.partnershipId().value(), e.principleId().value());
    }

    @EventHandler
    void on(SharedCommitmentAgreed e, @SequenceNumber long sequence) {
        jdbc.sql("INSERT INTO rm_shared_commitment (partnership_id, commitment_id, statement, withdrawn, position)"
                        + " VALUES (?, ?, ?, FALSE, ?)")
                .params(e.partnershipId().value(), e.commitmentId().value(), e.statement(), sequence)
                .update();
    }

    @EventHandler
    void on(SharedCommitmentReworded e) {
        jdbc.sql("UPDATE rm_shared_commitment SET statement = ? WHERE partnership_id = ? AND commitment_id = ?")
                .params(e.statement(), e.partnershipId().value(), e.commitmentId().value())
                .update();
    }

    @EventHandler
    void on(SharedCommitmentWithdrawn e) {
        jdbc.sql("UPDATE rm_shared_commitment SET withdrawn = TRUE WHERE partnership_id = ? AND commitment_id = ?")
                .params(e.partnershipId().value(), e.commitmentId().value())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM rm_shared_commitment").update();
        jdbc.sql("DELETE FROM rm_principle").update();
        jdbc.sql("DELETE FROM rm_theme").update();
        jdbc.sql("DELETE FROM rm_partnership").update();
    }

    private void defineAxis(String table, String idColumn, String partnershipId, String id, String name,
                            String description, long position) {
        jdbc.sql("INSERT INTO " + table + " (partnership_id, " + idColumn + ", name, description, retired, position)"
                        + " VALUES (?, ?, ?, ?, FALSE, ?)")
                .params(partnershipId, id, name, description, position)
                .update();
    }

    private void renameAxis(String table, String idColumn, String partnershipId, String id, String name) {
        jdbc.sql("UPDATE " + table + " SET name = ? WHERE partnership_id = ? AND " + idColumn + " = ?")
                .params(name, partnershipId, id)
                .update();
    }

    private void retireAxis(String table, String idColumn, String partnershipId, String id) {
        jdbc.sql("UPDATE " + table + " SET retired = TRUE WHERE partnership_id = ? AND " + idColumn + " = ?")
                .params(partnershipId, id)
                .update();
    }
}
