package org.partnershipledger.projections.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.serialization.LedgerSerializer;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Metadata;
import org.partnershipledger.core.shared.PartnershipEvent;
import org.partnershipledger.projections.Ledger;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.TreeSet;

/** Every event of every partnership, in order, with who recorded it, on which decision, and why. */
public class AuditTrailProjector {

    private static final ObjectMapper JSON = LedgerSerializer.objectMapper();

    private final JdbcClient jdbc;

    public AuditTrailProjector(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PartnershipEvent event, EventMessage<?> message, @SequenceNumber long sequence) {
        Decision decision = event.decision();
        Object actor = message.getMetaData().get(Metadata.ACTOR);
        jdbc.sql("INSERT INTO rm_audit_entry (partnership_id, sequence_number, event_id, event_type, recorded_at,"
                        + " actor, decision_reference, decision_rationale, priority_id, partner_ids, summary, data)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(event.partnershipId().value(), sequence, message.getIdentifier(),
                        event.getClass().getSimpleName(), Ledger.utc(message.getTimestamp()),
                        actor == null ? null : actor.toString(),
                        decision == null ? null : decision.reference(),
                        decision == null ? null : decision.rationale(),
                        component(event, "priorityId"), partnersNamedIn(event), Summaries.of(event), json(event))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM rm_audit_entry").update();
    }

    private static String json(Object event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static String component(Object event, String name) {
        for (RecordComponent rc : event.getClass().getRecordComponents()) {
            if (rc.getName().equals(name)) {
                Object value = read(rc, event);
                return value == null ? null : value.toString();
            }
        }
        return null;
    }

    /** Every partner an event names (pledger, lead, supporter, reporter...), as {@code ,a,b,} for filtering. */
    private static String partnersNamedIn(Object event) {
        TreeSet<String> ids = new TreeSet<>();
        for (RecordComponent rc : event.getClass().getRecordComponents()) {
            Object value = read(rc, event);
            if (value instanceof PartnerId id) {
                ids.add(id.value());
            } else if (value instanceof Collection<?> values) {
                values.stream().filter(PartnerId.class::isInstance).forEach(v -> ids.add(((PartnerId) v).value()));
            }
        }
        return ids.isEmpty() ? "" : "," + String.join(",", ids) + ",";
    }

    private static Object read(RecordComponent component, Object event) {
        try {
            return component.getAccessor().invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
