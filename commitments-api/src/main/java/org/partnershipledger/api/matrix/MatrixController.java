package org.partnershipledger.api.matrix;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnershipledger.api.web.LedgerQueries;
import org.partnershipledger.api.web.NotFound;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.projections.matrix.FindMatrix;
import org.partnershipledger.projections.matrix.MatrixView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The shared-priorities matrix. */
@RestController
@Tag(name = "Matrix", description = "The shared-priorities matrix: themes × governing principles")
class MatrixController {

    private final LedgerQueries queries;

    MatrixController(LedgerQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/partnerships/{partnershipId}/matrix")
    @Operation(summary = "Read the matrix: each cell's priorities with status, lead, supporting partners, "
            + "and money pledged, committed and spent")
    MatrixView matrix(@PathVariable PartnershipId partnershipId) {
        return queries.optional(new FindMatrix(partnershipId), MatrixView.class)
                .orElseThrow(() -> NotFound.partnership(partnershipId.value()));
    }
}
