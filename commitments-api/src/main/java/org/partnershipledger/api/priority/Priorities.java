package org.partnershipledger.api.priority;

import org.partnershipledger.api.partnership.Partnerships;
import org.partnershipledger.api.web.AsOf;
import org.partnershipledger.api.web.LedgerQueries;
import org.partnershipledger.api.web.NotFound;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.priority.PriorityId;
import org.partnershipledger.core.shared.FinancialYear;
import org.partnershipledger.projections.priority.FindPriority;
import org.partnershipledger.projections.priority.PriorityView;
import org.springframework.stereotype.Component;

/** Reads a priority with its money and measurements, or answers 404. */
@Component
public class Priorities {

    private final LedgerQueries queries;
    private final Partnerships partnerships;
    private final AsOf asOf;

    Priorities(LedgerQueries queries, Partnerships partnerships, AsOf asOf) {
        this.queries = queries;
        this.partnerships = partnerships;
        this.asOf = asOf;
    }

    public PriorityView view(PartnershipId partnershipId, PriorityId priorityId) {
        return view(partnershipId, priorityId, null);
    }

    /** The priority with the money of one financial year only, or of every year when it is null. */
    public PriorityView view(PartnershipId partnershipId, PriorityId priorityId, FinancialYear financialYear) {
        partnerships.requireExists(partnershipId);
        FindPriority find = new FindPriority(partnershipId, priorityId, financialYear);
        return asOf.answer(partnershipId.value(), q -> q.priorities().handle(find),
                        () -> queries.optional(find, PriorityView.class))
                .orElseThrow(() -> new NotFound("priority.not-found",
                        "no priority '" + priorityId + "' in this partnership"));
    }
}
