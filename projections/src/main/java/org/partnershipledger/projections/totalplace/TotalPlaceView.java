package org.partnershipledger.projections.totalplace;

import org.partnershipledger.core.shared.Money;
import org.partnershipledger.projections.pledge.PledgeTotals;

import java.math.BigDecimal;
import java.util.List;

/**
 * The Total Place count: per financial year, what each partner declared it puts into the place (staff, volunteers,
 * spend), summed per sector and for the whole place ("the Sutton £"), and the money pledged, committed and spent on
 * shared priorities per partner, sector, theme, principle and cell. Money is exact, one figure per currency.
 *
 * <p>A pledge counts in the financial year it was pledged for; spend counts in the year of the pledge it is recorded
 * against. {@code pledgedShareOfDeclaredSpend} is the pledged amount as a percentage of declared spend (2 decimal
 * places, half-even), given only when the declared spend is non-zero and in one currency, counting pledges in that
 * currency.
 */
public record TotalPlaceView(String partnershipId, long version, List<Year> years) {

    public record Year(String financialYear, Share place, List<Sector> sectors, List<Partner> partners,
                       List<Axis> themes, List<Axis> principles, List<Cell> cells) {
    }

    /** What was declared and pledged for a whole, with the share of the declared spend pledged. */
    public record Share(Declared declared, PledgeTotals totals, BigDecimal pledgedShareOfDeclaredSpend) {
    }

    public record Declared(int staff, int volunteers, List<Money> spend) {
    }

    public record Partner(String partnerId, String name, String sector, boolean declared, Share figures) {
    }

    public record Sector(String sector, int partners, Share figures) {
    }

    public record Axis(String id, String name, PledgeTotals totals) {
    }

    public record Cell(String themeId, String principleId, PledgeTotals totals) {
    }
}
