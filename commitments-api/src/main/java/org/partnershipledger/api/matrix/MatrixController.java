package org.partnershipledger.api.matrix;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnershipledger.api.web.AsOf;
import org.partnershipledger.api.web.LedgerQueries;
import org.partnershipledger.api.web.NotFound;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.shared.FinancialYear;
import org.partnershipledger.projections.matrix.FindMatrix;
import org.partnershipledger.projections.matrix.MatrixView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The shared-priorities matrix. */
@RestController
@Tag(name = "Matrix", description = "The shared-priorities matrix: themes × governing principles")
class MatrixController {

    private final LedgerQueries queries;
    private final AsOf asOf;

    MatrixController(LedgerQueries queries, AsOf asOf) {
        this.queries = queries;
        this.asOf = asOf;
    }

    @GetMapping("/api/partnerships/{partnershipId}/matrix")
    @Operation(summary = "Read the matrix: each cell's priorities with status, lead, supporting partners, "
            + "and money pledged, committed and spent")
    @Parameter(name = AsOf.PARAMETER, in = ParameterIn.QUERY, description = "answer as of this past instant (ISO-8601)")
    MatrixView matrix(@PathVariable PartnershipId partnershipId,
                      @Parameter(description = AsOf.FINANCIAL_YEAR)
                      @RequestParam(required = false) FinancialYear financialYear) {
        FindMatrix find = new FindMatrix(partnershipId, financialYear);
        return asOf.answer(partnershipId.value(), q -> q.matrix().handle(find),
                        () -> queries.optional(find, MatrixView.class))
                .orElseThrow(() -> NotFound.partnership(partnershipId.value()));
    }
}
