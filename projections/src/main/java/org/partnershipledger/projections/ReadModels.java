package org.partnershipledger.projections;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.partnershipledger.projections.audit.AuditTrailProjector;
import org.partnershipledger.projections.indicator.IndicatorProjector;
import org.partnershipledger.projections.partner.PartnerProjector;
import org.partnershipledger.projections.partnership.PartnershipProjector;
import org.partnershipledger.projections.partnership.VersionProjector;
import org.partnershipledger.projections.pledge.PledgeProjector;
import org.partnershipledger.projections.priority.PriorityProjector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

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

    private final List<AnnotationEventHandlerAdapter> projectors;
    private final TransactionTemplate savepoint;

    ReadModels(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.projectors = projectors(jdbc);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Every read-model projector, writing through the given JDBC client. */
    static List<AnnotationEventHandlerAdapter> projectors(JdbcClient jdbc) {
        return List.of(
                new AnnotationEventHandlerAdapter(new PartnershipProjector(jdbc)),
                new AnnotationEventHandlerAdapter(new PartnerProjector(jdbc)),
                new AnnotationEventHandlerAdapter(new PriorityProjector(jdbc)),
                new AnnotationEventHandlerAdapter(new PledgeProjector(jdbc)),
                new AnnotationEventHandlerAdapter(new IndicatorProjector(jdbc)),
                new AnnotationEventHandlerAdapter(new AuditTrailProjector(jdbc)),
                new AnnotationEventHandlerAdapter(new VersionProjector(jdbc)));
    }

    @EventHandler
    void apply(EventMessage<?> event) throws Exception {
        Exception[] failure = new Exception[1];
        savepoint.executeWithoutResult(status -> {
            try {
                for (AnnotationEventHandlerAdapter projector : projectors) {
                    if (projector.canHandle(event)) {
                        projector.handle(event);
                    }
                }
            } catch (Exception e) {
                failure[0] = e;
                status.setRollbackOnly();
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    @ResetHandler
    void reset() {
        projectors.forEach(AnnotationEventHandlerAdapter::prepareReset);
    }
}
