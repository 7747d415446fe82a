package org.partnershipledger.api.export;

import org.partnershipledger.core.indicator.Measure;
import org.partnershipledger.core.indicator.Polarity;
import org.partnershipledger.core.shared.Money;
import org.partnershipledger.projections.indicator.IndicatorEntry;
import org.partnershipledger.projections.indicator.OutcomeEntry;
import org.partnershipledger.projections.matrix.MatrixView;
import org.partnershipledger.projections.partner.PartnerEntry;
import org.partnershipledger.projections.partner.ResourceDeclarationEntry;
import org.partnershipledger.projections.partnership.AxisEntry;
import org.partnershipledger.projections.pledge.PledgeEntry;
import org.partnershipledger.projections.pledge.PledgeTotals;
import org.partnershipledger.projections.pledge.SpendEntry;
import org.partnershipledger.projections.progress.ProgressView;
import org.partnershipledger.projections.progress.RagRule;
import org.partnershipledger.projections.progress.RollUp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rows of each CSV export. Column names are a published contract: they are listed here and in the README, and
 * are only ever added to, at the end. Money is given twice: exactly in minor units ({@code *_minor}, pence for GBP)
 * and in major units ({@code 20.10}); each row has one currency.
 */
final class CsvExports {

    static final List<String> MATRIX = List.of("theme_id", "theme_name", "principle_id", "principle_name",
            "priority_id", "priority_title", "status", "lead_partner_id", "supporting_partner_ids", "currency",
            "pledged_minor", "committed_minor", "spent_minor", "pledged", "committed", "spent", "rag",
            "indicators", "stale_indicators");
    static final List<String> PLEDGES = List.of("pledge_id", "priority_id", "partner_id", "financial_year", "kind",
            "status", "withdrawn", "currency", "amount_minor", "amount", "spent_minor", "spent", "pledged_at");
    static final List<String> SPEND = List.of("spend_id", "pledge_id", "priority_id", "partner_id",
            "financial_year", "spent_on", "currency", "amount_minor", "amount", "exceeds_pledge", "note",
            "recorded_at");
    static final List<String> OUTCOMES = List.of("outcome_id", "indicator_id", "indicator_name", "priority_id",
            "unit", "polarity", "measured_on", "value", "expected_value", "rag", "reported_by", "evidence", "note",
            "recorded_at");
    static final List<String> RESOURCE_DECLARATIONS = List.of("financial_year", "partner_id", "partner_name",
            "sector", "staff", "volunteers", "currency", "spend_minor", "spend", "note", "declared_at");

    private CsvExports() {
    }

    /**
     * One row per priority and currency, cell by cell in matrix order; a priority without money has one row with
     * no currency, a cell without priorities one row with only its theme and principle.
     */
    static List<List<Object>> matrix(MatrixView matrix, ProgressView progress) {
        Map<String, AxisEntry> themes = byId(matrix.themes());
        Map<String, AxisEntry> principles = byId(matrix.principles());
        Map<String, RollUp> rollUps = progress.priorities().stream()
                .collect(Collectors.toMap(ProgressView.Priority::priorityId, ProgressView.Priority::rollUp));
        List<List<Object>> rows = new ArrayList<>();
        for (MatrixView.Cell cell : matrix.cells()) {
            List<Object> where = List.of(cell.themeId(), themes.get(cell.themeId()).name(), cell.principleId(),
                    principles.get(cell.principleId()).name());
            if (cell.priorities().isEmpty()) {
                List<Object> row = new ArrayList<>(where);
                row.addAll(Arrays.asList(new Object[MATRIX.size() - where.size()]));
                rows.add(row);
            }
            for (MatrixView.Priority p : cell.priorities()) {
                RollUp rollUp = rollUps.getOrDefault(p.priorityId(), RollUp.NONE);
                for (String currency : currencies(p.totals())) {
                    List<Object> row = new ArrayList<>(where);
                    Money pledged = in(p.totals().pledged(), currency);
                    Money committed = in(p.totals().committed(), currency);
                    Money spent = in(p.totals().spent(), currency);
                    row.addAll(Arrays.asList(p.priorityId(), p.title(), p.status(), p.leadPartnerId(),
                            String.join(";", p.supportingPartnerIds()), currency,
                            minor(pledged), minor(committed), minor(spent), major(pledged), major(committed),
                            major(spent), rollUp.worst(), rollUp.indicators(), rollUp.stale()));
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    static List<List<Object>> pledges(List<PledgeEntry> pledges) {
        return pledges.stream()
                .map(p -> Arrays.<Object>asList(p.pledgeId(), p.priorityId(), p.partnerId(), p.financialYear(),
                        p.kind(), p.status(), p.withdrawn(), p.amount().currency(), p.amount().amountMinor(),
                        p.amount().inMajorUnits(), p.spent().amountMinor(), p.spent().inMajorUnits(), p.pledgedAt()))
                .toList();
    }

    static List<List<Object>> spend(List<PledgeEntry> pledges) {
        List<List<Object>> rows = new ArrayList<>();
        for (PledgeEntry p : pledges) {
            for (SpendEntry s : p.spend()) {
                rows.add(Arrays.asList(s.spendId(), p.pledgeId(), p.priorityId(), p.partnerId(), p.financialYear(),
                        s.spentOn(), s.amount().currency(), s.amount().amountMinor(), s.amount().inMajorUnits(),
                        s.exceedsPledge(), s.note(), s.recordedAt()));
            }
        }
        return rows;
    }

    /** Each measurement with where the trajectory to the (current) target expected it, and its colour then. */
    static List<List<Object>> outcomes(List<IndicatorEntry> indicators, List<OutcomeEntry> outcomes) {
        Map<String, IndicatorEntry> byId = indicators.stream()
                .collect(Collectors.toMap(IndicatorEntry::indicatorId, Function.identity()));
        return outcomes.stream()
                .map(o -> {
                    IndicatorEntry i = byId.get(o.indicatorId());
                    Polarity polarity = Polarity.valueOf(i.polarity());
                    var expected = RagRule.expectedAt(new Measure(i.baselineValue(), i.baselineOn()),
                            new Measure(i.targetValue(), i.targetOn()), o.measuredOn());
                    return Arrays.<Object>asList(o.outcomeId(), i.indicatorId(), i.name(), o.priorityId(), i.unit(),
                            i.polarity(), o.measuredOn(), o.value(), RagRule.shown(expected),
                            RagRule.rag(polarity, expected, o.value(), i.tolerance()), o.reportedBy(), o.evidence(),
                            o.note(), o.recordedAt());
                })
                .toList();
    }

    static List<List<Object>> resourceDeclarations(List<PartnerEntry> partners,
                                                   List<ResourceDeclarationEntry> declarations) {
        Map<String, PartnerEntry> byId = partners.stream()
                .collect(Collectors.toMap(PartnerEntry::partnerId, Function.identity()));
        return declarations.stream()
                .map(d -> Arrays.<Object>asList(d.financialYear(), d.partnerId(), byId.get(d.partnerId()).name(),
                        byId.get(d.partnerId()).sector(), d.staff(), d.volunteers(), d.spend().currency(),
                        d.spend().amountMinor(), d.spend().inMajorUnits(), d.note(), d.declaredAt()))
                .toList();
    }

    private static List<String> currencies(PledgeTotals totals) {
        TreeSet<String> currencies = new TreeSet<>();
        totals.pledged().forEach(m -> currencies.add(m.currency()));
        totals.spent().forEach(m -> currencies.add(m.currency()));
        return currencies.isEmpty() ? java.util.Collections.singletonList(null) : List.copyOf(currencies);
    }

    private static Money in(List<Money> amounts, String currency) {
        return amounts.stream().filter(m -> m.currency().equals(currency)).findFirst().orElse(null);
    }

    private static Object minor(Money amount) {
        return amount == null ? 0 : amount.amountMinor();
    }

    private static Object major(Money amount) {
        return amount == null ? 0 : amount.inMajorUnits();
    }

    private static Map<String, AxisEntry> byId(List<AxisEntry> axis) {
        return axis.stream().collect(Collectors.toMap(AxisEntry::id, Function.identity()));
    }
}
