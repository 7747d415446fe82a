package org.partnershipledger.api.progress;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnershipledger.api.web.AsOf;
import org.partnershipledger.api.web.LedgerQueries;
import org.partnershipledger.api.web.NotFound;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.projections.progress.FindProgress;
import org.partnershipledger.projections.progress.ProgressView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** Outcome progress: every indicator's colour, trend and staleness, rolled up per priority, cell and partnership. */
@RestController
@Tag(name = "Outcome progress", description = "RAG computed from the ledger by the documented rule")
class ProgressController {

    private final LedgerQueries queries;
    private final AsOf asOf;

    ProgressController(LedgerQueries queries, AsOf asOf) {
        this.queries = queries;
        this.asOf = asOf;
    }

    @GetMapping("/api/partnerships/{partnershipId}/progress")
    @Operation(summary = "Read outcome progress: per indicator the latest value, the trajectory's expected value, "
            + "RAG, trend and staleness; worst-of and counts per colour for each priority, matrix cell and the "
            + "partnership")
    @Parameter(name = AsOf.PARAMETER, in = ParameterIn.QUERY,
            description = "answer as of this past instant (ISO-8601); staleness is then judged on its date")
    ProgressView progress(@PathVariable PartnershipId partnershipId,
                          @Parameter(description = "effective time: judge progress on this day (ISO-8601 date) — "
                                  + "only measurements dated up to it count, staleness is judged on it — whenever "
                                  + "they were recorded; with asOf, only what had been recorded by then. Default: "
                                  + "the date of asOf, or today")
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                          LocalDate on) {
        FindProgress find = new FindProgress(partnershipId, on != null ? on : asOf.day());
        return asOf.answer(partnershipId.value(), q -> q.progress().handle(find),
                        () -> queries.optional(find, ProgressView.class))
                .orElseThrow(() -> NotFound.partnership(partnershipId.value()));
    }
}
