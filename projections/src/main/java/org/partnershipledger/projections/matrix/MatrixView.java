package org.partnershipledger.projections.matrix;

import org.partnershipledger.core.shared.FinancialYear;
import org.partnershipledger.projections.partnership.AxisEntry;
import org.partnershipledger.projections.pledge.PledgeTotals;

import java.util.List;

/**
 * The shared-priorities matrix: one cell per theme × principle, in the order the axes were defined, each with its
 * priorities and money totals — of the financial year named, or of every year when {@code financialYear} is null.
 * Retired themes or principles appear only while they still hold priorities.
 */
public record MatrixView(String partnershipId, long version, FinancialYear financialYear, List<AxisEntry> themes,
                         List<AxisEntry> principles, List<Cell> cells, PledgeTotals totals) {

    /** One cell of the matrix. */
    public record Cell(String themeId, String principleId, List<Priority> priorities, PledgeTotals totals) {
    }

    /** A priority as the matrix shows it. */
    public record Priority(String priorityId, String title, String status, String leadPartnerId,
                           List<String> supportingPartnerIds, PledgeTotals totals) {
    }
}
