package org.partnershipledger.projections.priority;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.priority.PriorityAchieved;
import org.partnershipledger.core.priority.PriorityAdopted;
import org.partnershipledger.core.priority.PriorityLeadChanged;
import org.partnershipledger.core.priority.PriorityMoved;
import org.partnershipledger.core.priority.PriorityRetired;
import org.partnershipledger.core.priority.PriorityRevised;
import org.partnershipledger.core.priority.PriorityStatus;
import org.partnershipledger.core.priority.SupportingPartnerAdded;
import org.partnershipledger.core.priority.SupportingPartnerRemoved;
import org.partnershipledger.projections.rows.Row;
import org.partnershipledger.projections.rows.Rows;

import java.time.Instant;

import static org.partnershipledger.projections.rows.ReadModelTable.PRIORITY;
import static org.partnershipledger.projections.rows.ReadModelTable.PRIORITY_SUPPORTER;

/** The priorities: where they sit in the matrix, who leads and supports them, and whether they are still open. */
public class PriorityProjector {

    private final Rows rows;

    public PriorityProjector(Rows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(PriorityAdopted e, @SequenceNumber long sequence, @Timestamp Instant at) {
        rows.insert(PRIORITY, Row.of("partnership_id", e.partnershipId().value(),
                "priority_id", e.priorityId().value(), "theme_id", e.themeId().value(),
                "principle_id", e.principleId().value(), "title", e.title(), "description", e.description(),
                "lead_partner_id", e.leadPartnerId().value(), "horizon_from", e.horizon().from(),
                "horizon_to", e.horizon().to(), "status", PriorityStatus.ADOPTED.name(), "adopted_at", at,
                "position", sequence));
        for (PartnerId supporter : e.supportingPartnerIds()) {
            addSupporter(e.partnershipId().value(), e.priorityId().value(), supporter.value());
        }
    }

    @EventHandler
    void on(PriorityRevised e) {
        rows.update(PRIORITY, key(e.partnershipId().value(), e.priorityId().value()), Row.of("title", e.title(),
                "description", e.description(), "horizon_from", e.horizon().from(), "horizon_to", e.horizon().to()));
    }

    @EventHandler
    void on(PriorityMoved e) {
        rows.update(PRIORITY, key(e.partnershipId().value(), e.priorityId().value()),
                Row.of("theme_id", e.themeId().value(), "principle_id", e.principleId().value()));
    }

    @EventHandler
    void on(PriorityLeadChanged e) {
        rows.update(PRIORITY, key(e.partnershipId().value(), e.priorityId().value()),
                Row.of("lead_partner_id", e.leadPartnerId().value()));
        removeSupporter(e.partnershipId().value(), e.priorityId().value(), e.leadPartnerId().value());
    }

    @EventHandler
    void on(SupportingPartnerAdded e) {
        addSupporter(e.partnershipId().value(), e.priorityId().value(), e.partnerId().value());
    }

    @EventHandler
    void on(SupportingPartnerRemoved e) {
        removeSupporter(e.partnershipId().value(), e.priorityId().value(), e.partnerId().value());
    }

    @EventHandler
    void on(PriorityAchieved e) {
        close(e.partnershipId().value(), e.priorityId().value(), PriorityStatus.ACHIEVED, e.note());
    }

    @EventHandler
    void on(PriorityRetired e) {
        close(e.partnershipId().value(), e.priorityId().value(), PriorityStatus.RETIRED, e.reason());
    }

    private void close(String partnershipId, String priorityId, PriorityStatus status, String note) {
        rows.update(PRIORITY, key(partnershipId, priorityId), Row.of("status", status.name(), "closing_note", note));
    }

    private void addSupporter(String partnershipId, String priorityId, String partnerId) {
        rows.insert(PRIORITY_SUPPORTER, supporter(partnershipId, priorityId, partnerId));
    }

    private void removeSupporter(String partnershipId, String priorityId, String partnerId) {
        rows.delete(PRIORITY_SUPPORTER, supporter(partnershipId, priorityId, partnerId));
    }

    private static Row key(String partnershipId, String priorityId) {
        return Row.of("partnership_id", partnershipId, "priority_id", priorityId);
    }

    private static Row supporter(String partnershipId, String priorityId, String partnerId) {
        return Row.of("partnership_id", partnershipId, "priority_id", priorityId, "partner_id", partnerId);
    }
}
