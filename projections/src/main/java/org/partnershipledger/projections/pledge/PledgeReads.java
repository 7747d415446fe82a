package org.partnershipledger.projections.pledge;

import org.partnershipledger.core.shared.FinancialYear;
import org.partnershipledger.core.shared.Money;
import org.partnershipledger.projections.Ledger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads pledges, their spend and their totals from the read model. */
@Component
public class PledgeReads {

    private final JdbcClient jdbc;

    public PledgeReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The pledges to a priority for the financial year (every year when it is null), with their spend. */
    public List<PledgeEntry> forPriority(String partnershipId, String priorityId, FinancialYear year) {
        return withSpend(partnershipId, "priority_id", priorityId, year);
    }

    /** The pledges of a partner for the financial year (every year when it is null), with their spend. */
    public List<PledgeEntry> forPartner(String partnershipId, String partnerId, FinancialYear year) {
        return withSpend(partnershipId, "partner_id", partnerId, year);
    }

    /** Every pledge of a partnership with its spend, in the order pledged. */
    public List<PledgeEntry> all(String partnershipId) {
        return all(partnershipId, null);
    }

    /** Every pledge of a partnership for the financial year (every year when it is null), in the order pledged. */
    public List<PledgeEntry> all(String partnershipId, FinancialYear year) {
        return withSpend(partnershipId, "partnership_id", partnershipId, year);
    }

    /**
     * Totals of every priority of a partnership, by priority id, in one query: of the pledges for the financial year
     * (and the spend against them), or of every year when it is null.
     */
    public Map<String, PledgeTotals> totalsByPriority(String partnershipId, FinancialYear year) {
        Map<String, List<PledgeEntry>> byPriority = jdbc.sql("SELECT * FROM rm_pledge WHERE partnership_id = ?"
                        + (year == null ? "" : " AND financial_year = ?"))
                .params(params(partnershipId, year))
                .query((rs, row) -> pledge(rs, List.of()))
                .list().stream()
                .collect(Collectors.groupingBy(PledgeEntry::priorityId));
        Map<String, PledgeTotals> totals = new HashMap<>();
        byPriority.forEach((priorityId, pledges) -> totals.put(priorityId, PledgeTotals.of(pledges)));
        return totals;
    }

    private List<PledgeEntry> withSpend(String partnershipId, String column, String value, FinancialYear year) {
        Map<String, List<SpendEntry>> spendByPledge = new HashMap<>();
        jdbc.sql("SELECT * FROM rm_spend WHERE partnership_id = ? AND " + column + " = ? ORDER BY spent_on, recorded_at")
                .params(partnershipId, value)
                .query((rs, row) -> {
                    spendByPledge.computeIfAbsent(rs.getString("pledge_id"), k -> new ArrayList<>()).add(spend(rs));
                    return null;
                })
                .list();
        return jdbc.sql("SELECT * FROM rm_pledge WHERE partnership_id = ? AND " + column + " = ?"
                        + (year == null ? "" : " AND financial_year = ?") + " ORDER BY pledged_at, pledge_id")
                .params(params(partnershipId, year, value))
                .query((rs, row) -> pledge(rs, spendByPledge.getOrDefault(rs.getString("pledge_id"), List.of())))
                .list();
    }

    private static List<Object> params(String partnershipId, FinancialYear year, String... between) {
        List<Object> params = new ArrayList<>();
        params.add(partnershipId);
        params.addAll(List.of(between));
        if (year != null) {
            params.add(year.toString());
        }
        return params;
    }

    private static PledgeEntry pledge(ResultSet rs, List<SpendEntry> spend) throws SQLException {
        String currency = rs.getString("currency");
        return new PledgeEntry(rs.getString("pledge_id"), rs.getString("priority_id"), rs.getString("partner_id"),
                new Money(rs.getLong("amount_minor"), currency), rs.getString("financial_year"), rs.getString("kind"),
                rs.getString("status"), rs.getBoolean("withdrawn"), new Money(rs.getLong("spent_minor"), currency),
                Ledger.instant(rs, "pledged_at"), List.copyOf(spend));
    }

    private static SpendEntry spend(ResultSet rs) throws SQLException {
        return new SpendEntry(rs.getString("spend_id"), new Money(rs.getLong("amount_minor"), rs.getString("currency")),
                rs.getObject("spent_on", java.time.LocalDate.class), rs.getString("note"),
                rs.getBoolean("exceeds_pledge"), Ledger.instant(rs, "recorded_at"));
    }
}
