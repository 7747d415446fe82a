package org.partnershipledger.api.totalplace;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnershipledger.api.web.AsOf;
import org.partnershipledger.api.web.LedgerQueries;
import org.partnershipledger.api.web.NotFound;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.shared.FinancialYear;
import org.partnershipledger.projections.totalplace.FindTotalPlace;
import org.partnershipledger.projections.totalplace.TotalPlaceView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The Total Place count: what the partners put into the place, and how much of it goes to shared priorities. */
@RestController
@Tag(name = "Total Place", description = "Declared staff and spend, and money on shared priorities, per year")
class TotalPlaceController {

    private final LedgerQueries queries;
    private final AsOf asOf;

    TotalPlaceController(LedgerQueries queries, AsOf asOf) {
        this.queries = queries;
        this.asOf = asOf;
    }

    @GetMapping("/api/partnerships/{partnershipId}/total-place")
    @Operation(summary = "Read the Total Place count per financial year: declared staff, volunteers and spend per "
            + "partner, sector and place; pledged, committed and spent per partner, sector, theme, principle and "
            + "cell; and the share of declared spend pledged to shared priorities")
    @Parameter(name = AsOf.PARAMETER, in = ParameterIn.QUERY, description = "answer as of this past instant (ISO-8601)")
    TotalPlaceView totalPlace(@PathVariable PartnershipId partnershipId,
                              @Parameter(description = "only this financial year, written like 2010/11")
                              @RequestParam(required = false) FinancialYear financialYear) {
        FindTotalPlace find = new FindTotalPlace(partnershipId, financialYear);
        return asOf.answer(partnershipId.value(), q -> q.totalPlace().handle(find),
                        () -> queries.optional(find, TotalPlaceView.class))
                .orElseThrow(() -> NotFound.partnership(partnershipId.value()));
    }
}
