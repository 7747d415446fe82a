package org.partnershipledger.projections.audit;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Metadata;
import org.partnershipledger.core.shared.PartnershipEvent;
import org.partnershipledger.projections.rows.Row;
import org.partnershipledger.projections.rows.Rows;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import static org.partnershipledger.projections.rows.ReadModelTable.AUDIT_ENTRY;

/**
 * Every event of every partnership, in order, with who recorded it, on which decision, and why; the event's own data
 * stays in the event store, where the trail reads it when asked ({@link StoredEventData}).
 */
public class AuditTrailProjector {

    /** What the trail reads from each event type, looked up once (a rebuild asks for it for every event). */
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    /**
     * The accessors of an event type's components that may hold a partner (a {@link PartnerId}, or a collection of
     * them): a component of a final type that is neither cannot, and is not read. And its priority's accessor, if
     * it has one.
     */
    private record Shape(List<Method> partnerHolders, Method priorityId) {

        static Shape of(Class<?> type) {
            if (!type.isRecord()) {
                return new Shape(List.of(), null);
            }
            List<Method> holders = new ArrayList<>();
            Method priority = null;
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                // a public method of a public record, made accessible so that a call skips checking its caller's
                // access: done for every event, that check took about 4 % of a rebuild's applying thread
                accessor.setAccessible(true);
                if (mayHoldPartners(component.getType())) {
                    holders.add(accessor);
                }
                if (component.getName().equals("priorityId")) {
                    priority = accessor;
                }
            }
            return new Shape(List.copyOf(holders), priority);
        }

        private static boolean mayHoldPartners(Class<?> type) {
            if (type.isPrimitive()) {
                return false;
            }
            return !Modifier.isFinal(type.getModifiers()) || PartnerId.class.isAssignableFrom(type)
                    || Collection.class.isAssignableFrom(type);
        }
    }

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
                "recorded_at", message.getTimestamp(), "actor", actor == null ? null : actor.toString(),
                "decision_reference", decision == null ? null : decision.reference(),
                "decision_rationale", decision == null ? null : decision.rationale(),
                "priority_id", priorityOf(event), "partner_ids", partnersNamedIn(event),
                "summary", Summaries.of(event)));
    }

    private static String priorityOf(Object event) {
        Method priorityId = SHAPES.get(event.getClass()).priorityId();
        Object value = priorityId == null ? null : read(priorityId, event);
        return value == null ? null : value.toString();
    }

    /** Every partner an event names (pledger, lead, supporter, reporter...), as {@code ,a,b,} for filtering. */
    private static String partnersNamedIn(Object event) {
        TreeSet<String> ids = new TreeSet<>();
        for (Method holder : SHAPES.get(event.getClass()).partnerHolders()) {
            Object value = read(holder, event);
            if (value instanceof PartnerId id) {
                ids.add(id.value());
            } else if (value instanceof Collection<?> values) {
                values.stream().filter(PartnerId.class::isInstance).forEach(v -> ids.add(((PartnerId) v).value()));
            }
        }
        return ids.isEmpty() ? "" : "," + String.join(",", ids) + ",";
    }

    private static Object read(Method accessor, Object event) {
        try {
            return accessor.invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
