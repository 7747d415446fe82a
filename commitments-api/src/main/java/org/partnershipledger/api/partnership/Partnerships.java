package org.partnershipledger.api.partnership;

import org.partnershipledger.api.web.AsOf;
import org.partnershipledger.api.web.LedgerQueries;
import org.partnershipledger.api.web.NotFound;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.projections.partnership.FindPartnership;
import org.partnershipledger.projections.ReadModelVersion;
import org.partnershipledger.projections.partnership.PartnershipView;
import org.springframework.stereotype.Component;

/** Reads a partnership as it stands (or stood, with {@code asOf}), or answers 404. */
@Component
public class Partnerships {

    private final LedgerQueries queries;
    private final AsOf asOf;
    private final ReadModelVersion versions;

    Partnerships(LedgerQueries queries, AsOf asOf, ReadModelVersion versions) {
        this.queries = queries;
        this.asOf = asOf;
        this.versions = versions;
    }

    /**
     * Answers 404 unless the partnership exists (at the request's {@code asOf}, if it names one) — without reading
     * the whole partnership, for reads that need only to know it is there.
     */
    public void requireExists(PartnershipId partnershipId) {
        if (!asOf.exists(partnershipId.value(), versions)) {
            throw NotFound.partnership(partnershipId.value());
        }
    }

    /** The partnership as it stands, or as of the request's {@code asOf}. */
    public PartnershipView view(PartnershipId partnershipId) {
        FindPartnership find = new FindPartnership(partnershipId);
        return asOf.answer(partnershipId.value(), q -> q.partnerships().handle(find),
                        () -> queries.optional(find, PartnershipView.class))
                .orElseThrow(() -> NotFound.partnership(partnershipId.value()));
    }
}
