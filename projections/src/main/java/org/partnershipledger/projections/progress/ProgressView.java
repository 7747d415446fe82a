package org.partnershipledger.projections.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * Outcome progress of a partnership on a day: every priority with its indicators and their roll-up, every matrix
 * cell's roll-up, and the partnership's. Cells and the overall figure count the indicators of adopted and achieved
 * priorities; retired priorities keep their own roll-up but no longer count towards their cell.
 */
public record ProgressView(String partnershipId, long version, LocalDate on, RollUp overall, List<Cell> cells,
                           List<Priority> priorities) {

    public record Cell(String themeId, String principleId, RollUp rollUp) {
    }

    public record Priority(String priorityId, String title, String status, String themeId, String principleId,
                           RollUp rollUp, List<IndicatorProgress> indicators) {
    }
}
