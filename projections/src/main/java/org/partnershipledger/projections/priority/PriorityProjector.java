package org.partnershipledger.projections.priority;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
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
import org.partnershipledger.projections.Ledger;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;

/** The priorities: where they sit in the matrix, who leads and supports them, and whether they are still open. */
public class PriorityProjector {

    private final JdbcClient jdbc;

    public PriorityProjector(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PriorityAdopted e, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.sql("INSERT INTO rm_priority (partnership_id, priority_id, theme_id, principle_id, title, description,"
                        + " lead_partner_id, horizon_from, horizon_to, status, adopted_at, position)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(e.partnershipId().value(), e.priorityId().value(), e.themeId().value(),
                        e.principleId().value(), e.title(), e.description(), e.leadPartnerId().value(),
                        e.horizon().from(), e.horizon().to(), PriorityStatus.ADOPTED.name(), Ledger.utc(at), sequence)
                .update();
        for (PartnerId supporter : e.supportingPartnerIds()) {
            addSupporter(e.partnershipId().value(), e.priorityId().value(), supporter.value());
        }
    }

    @EventHandler
    void on(PriorityRevised e) {
        jdbc.sql("UPDATE rm_priority SET title = ?, description = ?, horizon_from = ?, horizon_to = ?"
                        + " WHERE partnership_id = ? AND priority_id = ?")
                .params(e.title(), e.description(), e.horizon().from(), e.horizon().to(), e.partnershipId().value(),
                        e.priorityId().value())
                .update();
    }

    @EventHandler
    void on(PriorityMoved e) {
        jdbc.sql("UPDATE rm_priority SET theme_id = ?, principle_id = ? WHERE partnership_id = ? AND priority_id = ?")
                .params(e.themeId().value(), e.principleId().value(), e.partnershipId().value(),
                        e.priorityId().value())
                .update();
    }

    @EventHandler
    void on(PriorityLeadChanged e) {
        jdbc.sql("UPDATE rm_priority SET lead_partner_id = ? WHERE partnership_id = ? AND priority_id = ?")
                .params(e.leadPartnerId().value(), e.partnershipId().value(), e.priorityId().value())
                .update();
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

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM rm_priority_supporter").update();
        jdbc.sql("DELETE FROM rm_priority").update();
    }

    private void close(String partnershipId, String priorityId, PriorityStatus status, String note) {
        jdbc.sql("UPDATE rm_priority SET status = ?, closing_note = ? WHERE partnership_id = ? AND priority_id = ?")
                .params(status.name(), note, partnershipId, priorityId)
                .update();
    }

    private void addSupporter(String partnershipId, String priorityId, String partnerId) {
        jdbc.sql("INSERT INTO rm_priority_supporter (partnership_id, priority_id, partner_id) VALUES (?, ?, ?)")
                .params(partnershipId, priorityId, partnerId)
                .update();
    }

    private void removeSupporter(String partnershipId, String priorityId, String partnerId) {
        jdbc.sql("DELETE FROM rm_priority_supporter WHERE partnership_id = ? AND priority_id = ? AND partner_id = ?")
                .params(partnershipId, priorityId, partnerId)
                .update();
    }
}
