package org.partnershipledger.projections.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.serialization.LedgerSerializer;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Metadata;
import org.partnershipledger.core.shared.PartnershipEvent;
import org.partnershipledger.projections.Ledger;
import org.partnershipledger.projections.rows.Row;
import org.partnershipledger.projections.rows.Rows;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import static org.partnershipledger.projections.rows.ReadModelTable.AUDIT_ENTRY;

/** Every event of every partnership, in order, with who recorded it, on which decision, and why. */
public class AuditTrailProjector {

    private static final ObjectMapper JSON = LedgerSerializer.objectMapper();
    /** The components of each event type, looked up once (a rebuild asks for them for every event). */
    private static final ClassValue<List<RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            return type.isRecord() ? List.of(type.getRecordComponents()) : List.of();
        }
    };

    private final Rows rows;

    public AuditTrailProjector(Rows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(PartnershipEvent event, EventMessage<?> message, @SequenceNumber long sequence) {
        Decision decision = event.decision();
        Object actor = message.getMetaData().get(Metadata.ACTOR);
        rows.insert(AUDIT_ENTRY, Row.of("partnership_id", event.partnershipId().value(), "sequence_number", sequence,
                "event_id", message.getIdentifier(), "event_type", event.getClass().getSimpleName(),
                "recorded_at", Ledger.utc(message.getTimestamp()), "actor", actor == null ? null : actor.toString(),
                "decision_reference", decision == null ? null : decision.reference(),
                "decision_rationale", decision == null ? null : decision.rationale(),
                "priority_id", component(event, "priorityId"), "partner_ids", partnersNamedIn(event),
                "summary", Summaries.of(event), "data", json(event)));
    }

    private static String json(Object event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static String component(Object event, String name) {
        for (RecordComponent rc : COMPONENTS.get(event.getClass())) {
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
        for (RecordComponent rc : COMPONENTS.get(event.getClass())) {
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
