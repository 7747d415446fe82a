package org.partnershipledger.projections.partnership;

import org.axonframework.eventhandling.EventHandler;
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
import org.partnershipledger.projections.rows.ReadModelTable;
import org.partnershipledger.projections.rows.Row;
import org.partnershipledger.projections.rows.Rows;

import java.time.Instant;

import static org.partnershipledger.projections.rows.ReadModelTable.PARTNERSHIP;
import static org.partnershipledger.projections.rows.ReadModelTable.PRINCIPLE;
import static org.partnershipledger.projections.rows.ReadModelTable.SHARED_COMMITMENT;
import static org.partnershipledger.projections.rows.ReadModelTable.THEME;

/** The partnership itself: its vision, matrix axes and shared commitments. */
public class PartnershipProjector {

    private final Rows rows;

    public PartnershipProjector(Rows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(PartnershipEstablished e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.insert(PARTNERSHIP, Row.of("partnership_id", e.partnershipId().value(), "name", e.name(),
                "place", e.place(), "vision", e.vision(), "established_at", at,
                "last_changed_at", at, "version", sequence));
    }

    @EventHandler
    void on(ThemeDefined e, @SequenceNumber long sequence) {
        defineAxis(THEME, "theme_id", e.partnershipId().value(), e.themeId().value(), e.name(),
                e.description(), sequence);
    }

    @EventHandler
    void on(ThemeRenamed e) {
        renameAxis(THEME, "theme_id", e.partnershipId().value(), e.themeId().value(), e.name());
    }

    @EventHandler
    void on(ThemeRetired e) {
        retireAxis(THEME, "theme_id", e.partnershipId().value(), e.themeId().value());
    }

    @EventHandler
    void on(PrincipleDefined e, @SequenceNumber long sequence) {
        defineAxis(PRINCIPLE, "principle_id", e.partnershipId().value(), e.principleId().value(), e.name(),
                e.description(), sequence);
    }

    @EventHandler
    void on(PrincipleRenamed e) {
        renameAxis(PRINCIPLE, "principle_id", e.partnershipId().value(), e.principleId().value(), e.name());
    }

    @EventHandler
    void on(PrincipleRetired e) {
        retireAxis(PRINCIPLE, "principle_id", e.partnershipId().value(), e.principleId().value());
    }

    @EventHandler
    void on(SharedCommitmentAgreed e, @SequenceNumber long sequence) {
        rows.insert(SHARED_COMMITMENT, Row.of("partnership_id", e.partnershipId().value(),
                "commitment_id", e.commitmentId().value(), "statement", e.statement(), "withdrawn", false,
                "position", sequence));
    }

    @EventHandler
    void on(SharedCommitmentReworded e) {
        rows.update(SHARED_COMMITMENT, commitment(e.partnershipId().value(), e.commitmentId().value()),
                Row.of("statement", e.statement()));
    }

    @EventHandler
    void on(SharedCommitmentWithdrawn e) {
        rows.update(SHARED_COMMITMENT, commitment(e.partnershipId().value(), e.commitmentId().value()),
                Row.of("withdrawn", true));
    }

    private static Row commitment(String partnershipId, String commitmentId) {
        return Row.of("partnership_id", partnershipId, "commitment_id", commitmentId);
    }

    private void defineAxis(ReadModelTable table, String idColumn, String partnershipId, String id, String name,
                            String description, long position) {
        rows.insert(table, Row.of("partnership_id", partnershipId, idColumn, id, "name", name,
                "description", description, "retired", false, "position", position));
    }

    private void renameAxis(ReadModelTable table, String idColumn, String partnershipId, String id, String name) {
        rows.update(table, Row.of("partnership_id", partnershipId, idColumn, id), Row.of("name", name));
    }

    private void retireAxis(ReadModelTable table, String idColumn, String partnershipId, String id) {
        rows.update(table, Row.of("partnership_id", partnershipId, idColumn, id), Row.of("retired", true));
    }
}
