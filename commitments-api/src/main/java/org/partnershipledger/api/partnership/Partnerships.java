package org.partnershipledger.api.partnership;

import org.partnershipledger.api.web.LedgerQueries;
import org.partnershipledger.api.web.NotFound;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.projections.partnership.FindPartnership;
import org.partnershipledger.projections.partnership.PartnershipView;
import org.springframework.stereotype.Component;

/** Reads a partnership as it stands, or answers 404. */
@Component
public class Partnerships {

    private final LedgerQueries queries;

    Partnerships(LedgerQueries queries) {
        this.queries = queries;
    }

    public PartnershipView view(PartnershipId partnershipId) {
        return queries.optional(new FindPartnership(partnershipId), PartnershipView.class)
                .orElseThrow(() -> NotFound.partnership(partnershipId.value()));
    }
}
