package org.partnershipledger.projections.matrix;

import org.axonframework.queryhandling.QueryHandler;
import org.partnershipledger.core.shared.FinancialYear;
import org.partnershipledger.projections.partnership.AxisEntry;
import org.partnershipledger.projections.partnership.AxisReads;
import org.partnershipledger.projections.pledge.PledgeReads;
import org.partnershipledger.projections.pledge.PledgeTotals;
import org.partnershipledger.projections.priority.PriorityReads;
import org.partnershipledger.projections.priority.PriorityRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the matrix from the read model. */
@Component
public class MatrixQueries {

    private final JdbcClient jdbc;
    private final AxisReads axes;
    private final PriorityReads priorities;
    private final PledgeReads pledges;

    public MatrixQueries(JdbcClient jdbc, AxisReads axes, PriorityReads priorities, PledgeReads pledges) {
        this.jdbc = jdbc;
        this.axes = axes;
        this.priorities = priorities;
        this.pledges = pledges;
    }

    @QueryHandler
    public Optional<MatrixView> handle(FindMatrix query) {
        String id = query.partnershipId().value();
        Optional<Long> version = jdbc.sql("SELECT version FROM rm_partnership WHERE partnership_id = ?")
                .param(id).query(Long.class).optional();
        return version.map(v -> matrix(id, v, query.financialYear()));
    }

    private MatrixView matrix(String id, long version, FinancialYear year) {
        List<PriorityRow> all = priorities.all(id);
        Map<String, PledgeTotals> totals = pledges.totalsByPriority(id, year);
        List<AxisEntry> themes = shown(axes.themes(id), all.stream().map(PriorityRow::themeId)
                .collect(Collectors.toSet()));
        List<AxisEntry> principles = shown(axes.principles(id), all.stream().map(PriorityRow::principleId)
                .collect(Collectors.toSet()));
        List<MatrixView.Cell> cells = new ArrayList<>();
        for (AxisEntry theme : themes) {
            for (AxisEntry principle : principles) {
                List<MatrixView.Priority> inCell = all.stream()
                        .filter(p -> p.themeId().equals(theme.id()) && p.principleId().equals(principle.id()))
                        .map(p -> new MatrixView.Priority(p.priorityId(), p.title(), p.status(), p.leadPartnerId(),
                                p.supportingPartnerIds(), totals.getOrDefault(p.priorityId(), PledgeTotals.NONE)))
                        .collect(Collectors.toList());
                cells.add(new MatrixView.Cell(theme.id(), principle.id(), inCell,
                        PledgeTotals.sum(inCell.stream().map(MatrixView.Priority::totals).collect(Collectors.toList()))));
            }
        }
        PledgeTotals overall = PledgeTotals.sum(cells.stream().map(MatrixView.Cell::totals).collect(Collectors.toList()));
        return new MatrixView(id, version, year, themes, principles, cells, overall);
    }

    private static List<AxisEntry> shown(List<AxisEntry> axis, Set<String> inUse) {
        return axis.stream().filter(a -> !a.retired() || inUse.contains(a.id())).collect(Collectors.toList());
    }
}
