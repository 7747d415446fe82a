package org.partnershipledger.projections.totalplace;

import org.axonframework.queryhandling.QueryHandler;
import org.partnershipledger.core.shared.Money;
import org.partnershipledger.projections.Amounts;
import org.partnershipledger.projections.partner.PartnerEntry;
import org.partnershipledger.projections.partner.PartnerReads;
import org.partnershipledger.projections.partner.ResourceDeclarationEntry;
import org.partnershipledger.projections.partnership.AxisEntry;
import org.partnershipledger.projections.partnership.AxisReads;
import org.partnershipledger.projections.pledge.PledgeEntry;
import org.partnershipledger.projections.pledge.PledgeReads;
import org.partnershipledger.projections.pledge.PledgeTotals;
import org.partnershipledger.projections.priority.PriorityReads;
import org.partnershipledger.projections.priority.PriorityRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Counts the Total Place figures from the read model. */
@Component
public class TotalPlaceQueries {

    private final JdbcClient jdbc;
    private final AxisReads axes;
    private final PartnerReads partners;
    private final PriorityReads priorities;
    private final PledgeReads pledges;

    public TotalPlaceQueries(JdbcClient jdbc, AxisReads axes, PartnerReads partners, PriorityReads priorities,
                             PledgeReads pledges) {
        this.jdbc = jdbc;
        this.axes = axes;
        this.partners = partners;
        this.priorities = priorities;
        this.pledges = pledges;
    }

    @QueryHandler
    public Optional<TotalPlaceView> handle(FindTotalPlace query) {
        String id = query.partnershipId().value();
        return jdbc.sql("SELECT version FROM rm_partnership WHERE partnership_id = ?")
                .param(id).query(Long.class).optional()
                .map(version -> count(id, version, query.financialYear() == null ? null
                        : query.financialYear().toString()));
    }

    private TotalPlaceView count(String id, long version, String onlyYear) {
        List<ResourceDeclarationEntry> declarations = partners.declarations(id);
        List<PledgeEntry> allPledges = pledges.all(id);
        TreeSet<String> years = new TreeSet<>();
        declarations.forEach(d -> years.add(d.financialYear()));
        allPledges.forEach(p -> years.add(p.financialYear()));
        if (onlyYear != null) {
            years.retainAll(List.of(onlyYear));
            years.add(onlyYear);
        }
        Map<String, PriorityRow> priorityById = priorities.all(id).stream()
                .collect(Collectors.toMap(PriorityRow::priorityId, p -> p));
        List<PartnerEntry> everyPartner = partners.partners(id);
        List<AxisEntry> themes = axes.themes(id);
        List<AxisEntry> principles = axes.principles(id);
        List<TotalPlaceView.Year> counted = new ArrayList<>();
        for (String year : years) {
            List<ResourceDeclarationEntry> declared = declarations.stream()
                    .filter(d -> d.financialYear().equals(year)).toList();
            List<PledgeEntry> pledged = allPledges.stream().filter(p -> p.financialYear().equals(year)).toList();
            counted.add(year(year, everyPartner, declared, pledged, priorityById, themes, principles));
        }
        return new TotalPlaceView(id, version, counted);
    }

    private static TotalPlaceView.Year year(String year, List<PartnerEntry> everyPartner,
                                            List<ResourceDeclarationEntry> declared, List<PledgeEntry> pledged,
                                            Map<String, PriorityRow> priorityById, List<AxisEntry> themes,
                                            List<AxisEntry> principles) {
        Map<String, ResourceDeclarationEntry> declaredBy = declared.stream()
                .collect(Collectors.toMap(ResourceDeclarationEntry::partnerId, d -> d));
        List<TotalPlaceView.Partner> perPartner = everyPartner.stream()
                .filter(p -> p.active() || declaredBy.containsKey(p.partnerId())
                        || pledged.stream().anyMatch(pl -> pl.partnerId().equals(p.partnerId())))
                .map(p -> new TotalPlaceView.Partner(p.partnerId(), p.name(), p.sector(),
                        declaredBy.containsKey(p.partnerId()),
                        share(Optional.ofNullable(declaredBy.get(p.partnerId())).stream().toList(),
                                pledged.stream().filter(pl -> pl.partnerId().equals(p.partnerId())).toList())))
                .toList();
        Map<String, List<TotalPlaceView.Partner>> bySector = new LinkedHashMap<>();
        perPartner.forEach(p -> bySector.computeIfAbsent(p.sector(), s -> new ArrayList<>()).add(p));
        List<TotalPlaceView.Sector> sectors = new ArrayList<>();
        bySector.forEach((sector, members) -> {
            List<String> ids = members.stream().map(TotalPlaceView.Partner::partnerId).toList();
            sectors.add(new TotalPlaceView.Sector(sector, members.size(),
                    share(declared.stream().filter(d -> ids.contains(d.partnerId())).toList(),
                            pledged.stream().filter(pl -> ids.contains(pl.partnerId())).toList())));
        });
        List<TotalPlaceView.Axis> perTheme = themes.stream()
                .map(t -> new TotalPlaceView.Axis(t.id(), t.name(), totals(pledged, priorityById,
                        p -> p.themeId().equals(t.id()))))
                .filter(a -> !a.totals().equals(PledgeTotals.NONE) || !retired(themes, a.id()))
                .toList();
        List<TotalPlaceView.Axis> perPrinciple = principles.stream()
                .map(c -> new TotalPlaceView.Axis(c.id(), c.name(), totals(pledged, priorityById,
                        p -> p.principleId().equals(c.id()))))
                .filter(a -> !a.totals().equals(PledgeTotals.NONE) || !retired(principles, a.id()))
                .toList();
        List<TotalPlaceView.Cell> cells = new ArrayList<>();
        for (TotalPlaceView.Axis theme : perTheme) {
            for (TotalPlaceView.Axis principle : perPrinciple) {
                cells.add(new TotalPlaceView.Cell(theme.id(), principle.id(), totals(pledged, priorityById,
                        p -> p.themeId().equals(theme.id()) && p.principleId().equals(principle.id()))));
            }
        }
        return new TotalPlaceView.Year(year, share(declared, pledged), sectors, perPartner, perTheme, perPrinciple,
                cells);
    }

    private static boolean retired(List<AxisEntry> axis, String id) {
        return axis.stream().anyMatch(a -> a.id().equals(id) && a.retired());
    }

    private static PledgeTotals totals(List<PledgeEntry> pledged, Map<String, PriorityRow> priorityById,
                                       Predicate<PriorityRow> where) {
        return PledgeTotals.of(pledged.stream()
                .filter(p -> where.test(priorityById.get(p.priorityId())))
                .toList());
    }

    private static TotalPlaceView.Share share(Collection<ResourceDeclarationEntry> declared,
                                              List<PledgeEntry> pledged) {
        int staff = 0;
        int volunteers = 0;
        Amounts spend = new Amounts();
        for (ResourceDeclarationEntry d : declared) {
            staff = Math.addExact(staff, d.staff());
            volunteers = Math.addExact(volunteers, d.volunteers());
            spend.add(d.spend().amountMinor(), d.spend().currency());
        }
        PledgeTotals totals = PledgeTotals.of(pledged);
        List<Money> declaredSpend = spend.toList();
        return new TotalPlaceView.Share(new TotalPlaceView.Declared(staff, volunteers, declaredSpend), totals,
                percentage(totals.pledged(), declaredSpend));
    }

    /** Pledged as a percentage of declared spend, when that is one non-zero amount. */
    private static BigDecimal percentage(List<Money> pledged, List<Money> declaredSpend) {
        if (declaredSpend.size() != 1 || declaredSpend.get(0).isZero()) {
            return null;
        }
        Money whole = declaredSpend.get(0);
        long part = pledged.stream().filter(m -> m.sameCurrencyAs(whole)).mapToLong(Money::amountMinor).sum();
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole.amountMinor()), 2, RoundingMode.HALF_EVEN);
    }
}
