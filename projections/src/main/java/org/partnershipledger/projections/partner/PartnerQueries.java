package org.partnershipledger.projections.partner;

import org.axonframework.queryhandling.QueryHandler;
import org.partnershipledger.projections.indicator.IndicatorReads;
import org.partnershipledger.projections.pledge.PledgeEntry;
import org.partnershipledger.projections.pledge.PledgeReads;
import org.partnershipledger.projections.pledge.PledgeTotals;
import org.partnershipledger.projections.priority.PriorityReads;
import org.partnershipledger.projections.priority.PriorityRow;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Answers questions about one partner from the read model. */
@Component
public class PartnerQueries {

    private final PartnerReads partners;
    private final PriorityReads priorities;
    private final PledgeReads pledges;
    private final IndicatorReads indicators;

    public PartnerQueries(PartnerReads partners, PriorityReads priorities, PledgeReads pledges, IndicatorReads indicators) {
        this.partners = partners;
        this.priorities = priorities;
        this.pledges = pledges;
        this.indicators = indicators;
    }

    @QueryHandler
    public Optional<PartnerCommitments> handle(FindPartnerCommitments query) {
        String partnershipId = query.partnershipId().value();
        String partnerId = query.partnerId().value();
        return partners.partner(partnershipId, partnerId).map(partner -> {
            List<PriorityRow> all = priorities.all(partnershipId);
            List<PledgeEntry> pledged = pledges.forPartner(partnershipId, partnerId, query.financialYear());
            return new PartnerCommitments(partner, query.financialYear(),
                    all.stream().filter(p -> p.leadPartnerId().equals(partnerId)).collect(Collectors.toList()),
                    all.stream().filter(p -> p.supportingPartnerIds().contains(partnerId)).collect(Collectors.toList()),
                    PledgeTotals.of(pledged), pledged, indicators.reportedBy(partnershipId, partnerId),
                    partners.declarations(partnershipId, partnerId).stream()
                            .filter(d -> query.financialYear() == null
                                    || d.financialYear().equals(query.financialYear().toString()))
                            .toList());
        });
    }
}
