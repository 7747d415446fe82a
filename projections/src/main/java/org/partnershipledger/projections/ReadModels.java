package org.partnershipledger.projections;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.annotation.AnnotatedHandlerInspector;
import org.axonframework.messaging.annotation.ClasspathHandlerDefinition;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MessageHandlerInterceptorMemberChain;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.partnershipledger.projections.audit.AuditTrailProjector;
import org.partnershipledger.projections.indicator.IndicatorProjector;
import org.partnershipledger.projections.partner.PartnerProjector;
import org.partnershipledger.projections.partnership.PartnershipProjector;
import org.partnershipledger.projections.partnership.VersionProjector;
import org.partnershipledger.projections.pledge.PledgeProjector;
import org.partnershipledger.projections.priority.PriorityProjector;
import org.partnershipledger.projections.rows.JdbcRows;
import org.partnershipledger.projections.rows.ReadModelTable.ReadModel;
import org.partnershipledger.projections.rows.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The one event handler of the {@value Ledger#PROCESSING_GROUP} processing group. It hands each event to every
 * read-model projector (each routes by its own {@code @EventHandler} methods) inside one savepoint, so an event is
 * applied to all read models or to none: when one cannot apply it, the savepoint is rolled back, the batch's
 * transaction stays usable (PostgreSQL would otherwise refuse every later statement), and the event is parked in
 * the dead-letter queue with the rest of its partnership's events while other partnerships go on.
 */
@Component
@ProcessingGroup(Ledger.PROCESSING_GROUP)
public class ReadModels {

    private final Rows rows;
    private final Projectors projectors;
    private final TransactionTemplate savepoint;

    ReadModels(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.rows = new JdbcRows(jdbc);
        this.projectors = projectors(rows, EnumSet.allOf(ReadModel.class));
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** The projector of each read model, in the order they apply an event (the version last). */
    private static final List<Map.Entry<ReadModel, Function<Rows, Object>>> PROJECTORS = List.of(
            Map.entry(ReadModel.PARTNERSHIPS, PartnershipProjector::new),
            Map.entry(ReadModel.PARTNERS, PartnerProjector::new),
            Map.entry(ReadModel.PRIORITIES, PriorityProjector::new),
            Map.entry(ReadModel.PLEDGES, PledgeProjector::new),
            Map.entry(ReadModel.INDICATORS, IndicatorProjector::new),
            Map.entry(ReadModel.AUDIT_TRAIL, AuditTrailProjector::new),
            Map.entry(ReadModel.PARTNERSHIPS, VersionProjector::new));

    /** The projectors of the read models named, writing their rows to the given place. */
    public static Projectors projectors(Rows rows, Set<ReadModel> readModels) {
        return new Projectors(PROJECTORS.stream()
                .filter(projector -> readModels.contains(projector.getKey()))
                .map(projector -> Projector.of(projector.getValue().apply(rows)))
                .toList());
    }

    /**
     * Projectors, in order, and the handler of each that handles each type of event. Which handler does depends on
     * the event's type alone: a projector's handlers take the event, its message, its sequence number and its time,
     * which every event of a partnership has — so each type is looked up once, not for every event (looking it up
     * among a projector's handlers was a tenth of a rebuild's applying).
     */
    public static final class Projectors {

        private final List<Projector> all;
        private final Map<Class<?>, List<Handler>> byType = new ConcurrentHashMap<>();

        private Projectors(List<Projector> all) {
            this.all = all;
        }

        private List<Handler> handling(EventMessage<?> event) {
            return byType.computeIfAbsent(event.getPayloadType(),
                    type -> all.stream().flatMap(projector -> projector.handlerOf(event).stream()).toList());
        }
    }

    /**
     * A projector with its handlers as Axon finds them, exactly as its {@link AnnotationEventHandlerAdapter} would:
     * the same inspection of the class, the same choice of the first handler that can handle an event, the same
     * chain of interceptors around it.
     */
    private record Projector(Object target, AnnotatedHandlerInspector<Object> inspector) {

        @SuppressWarnings("unchecked")
        static Projector of(Object target) {
            Class<Object> type = (Class<Object>) target.getClass();
            return new Projector(target, AnnotatedHandlerInspector.inspectType(type,
                    ClasspathParameterResolverFactory.forClass(type), ClasspathHandlerDefinition.forClass(type)));
        }

        Optional<Handler> handlerOf(EventMessage<?> event) {
            Class<?> type = target.getClass();
            return inspector.getHandlers(type).filter(handler -> handler.canHandle(event)).findFirst()
                    .map(handler -> new Handler(target, handler, inspector.chainedInterceptor(type)));
        }
    }

    /** One projector's handler of one type of event. */
    private record Handler(Object target, MessageHandlingMember<? super Object> member,
                           MessageHandlerInterceptorMemberChain<Object> interceptors) {

        void handle(EventMessage<?> event) throws Exception {
            interceptors.handle(event, target, member);
        }
    }

    /**
     * Hands the event to each projector that handles it, the rows they write belonging to the version of the
     * partnership the event made.
     */
    public static void apply(Rows rows, Projectors projectors, EventMessage<?> event) throws Exception {
        if (!(event instanceof DomainEventMessage<?> domainEvent)) {
            throw new IllegalArgumentException("not an event of a partnership: " + event.getIdentifier());
        }
        rows.at(domainEvent.getSequenceNumber());
        for (Handler handler : projectors.handling(event)) {
            handler.handle(event);
        }
    }

    @EventHandler
    void apply(EventMessage<?> event) throws Exception {
        Exception[] failure = new Exception[1];
        savepoint.executeWithoutResult(status -> {
            try {
                apply(rows, projectors, event);
            } catch (Exception e) {
                failure[0] = e;
                status.setRollbackOnly();
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }
}
