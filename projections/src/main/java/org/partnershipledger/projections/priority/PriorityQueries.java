package org.partnershipledger.projections.priority;

import org.axonframework.queryhandling.QueryHandler;
import org.partnershipledger.projections.indicator.IndicatorReads;
import org.partnershipledger.projections.pledge.PledgeEntry;
import org.partnershipledger.projections.pledge.PledgeReads;
import org.partnershipledger.projections.pledge.PledgeTotals;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Answers questions about one priority from the read model. */
@Component
public class PriorityQueries {

    private final PriorityReads priorities;
    private final PledgeReads pledges;
    private final IndicatorReads indicators;

    public PriorityQueries(PriorityReads priorities, PledgeReads pledges, IndicatorReads indicators) {
        this.priorities = priorities;
        this.pledges = pledges;
        this.indicators = indicators;
    }

    @QueryHandler
    public List<PriorityRow> handle(FindPriorities query) {
        return priorities.all(query.partnershipId().value());
    }

    @QueryHandler
    public Optional<PriorityView> handle(FindPriority query) {
        String partnershipId = query.partnershipId().value();
        return priorities.one(partnershipId, query.priorityId().value()).map(priority -> {
            List<PledgeEntry> pledged = pledges.forPriority(partnershipId, priority.priorityId(), query.financialYear());
            return new PriorityView(priority, query.financialYear(), PledgeTotals.of(pledged), pledged,
                    indicators.forPriority(partnershipId, priority.priorityId()));
        });
    }
}
