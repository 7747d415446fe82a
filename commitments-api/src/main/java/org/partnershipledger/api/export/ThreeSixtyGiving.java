package org.partnershipledger.api.export;

import org.partnershipledger.core.pledge.PledgeStatus;
import org.partnershipledger.core.shared.FinancialYear;
import org.partnershipledger.projections.partner.PartnerEntry;
import org.partnershipledger.projections.partnership.AxisEntry;
import org.partnershipledger.projections.partnership.PartnershipView;
import org.partnershipledger.projections.pledge.PledgeEntry;
import org.partnershipledger.projections.priority.PriorityRow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Pledges in the shape of the 360Giving Data Standard (JSON package of grants), for voluntary-sector transparency.
 * Each committed pledge that was not withdrawn is one grant: the funding organisation is the pledging partner, the
 * recipient the partnership (the shared priority it funds is the title and the classifications), amount awarded the
 * committed amount, amount disbursed the spend recorded against it, planned dates the pledge's financial year, award
 * date the day it was pledged. Identifiers are {@code <prefix>-<partnership>-<pledge or partner>}, the prefix being
 * the publisher's registered 360Giving prefix ({@code ledger.three-sixty-giving.prefix}); the ledger holds no
 * charity or company numbers, so organisation ids use the same prefix.
 */
record ThreeSixtyGiving(List<Grant> grants) {

    record Grant(String id, String title, String description, String currency, BigDecimal amountAwarded,
                 BigDecimal amountDisbursed, LocalDate awardDate, List<Period> plannedDates,
                 List<Organization> recipientOrganization, List<Organization> fundingOrganization,
                 List<Classification> classifications, LocalDate dateModified) {
    }

    record Period(LocalDate startDate, LocalDate endDate) {
    }

    record Organization(String id, String name) {
    }

    record Classification(String vocabulary, String code, String title) {
    }

    static ThreeSixtyGiving of(String prefix, ZoneId zone, PartnershipView partnership, List<PriorityRow> priorities,
                               List<PledgeEntry> pledges) {
        Map<String, PartnerEntry> partnerById = partnership.partners().stream()
                .collect(Collectors.toMap(PartnerEntry::partnerId, Function.identity()));
        Map<String, PriorityRow> priorityById = priorities.stream()
                .collect(Collectors.toMap(PriorityRow::priorityId, Function.identity()));
        Map<String, AxisEntry> axisById = Stream.concat(partnership.themes().stream(), partnership.principles().stream())
                .collect(Collectors.toMap(AxisEntry::id, Function.identity(), (a, b) -> a));
        String partnershipId = partnership.partnershipId();
        Organization recipient = new Organization(prefix + "-" + partnershipId, partnership.name());
        List<Grant> grants = pledges.stream()
                .filter(p -> !p.withdrawn() && PledgeStatus.COMMITTED.name().equals(p.status()))
                .map(p -> {
                    PriorityRow priority = priorityById.get(p.priorityId());
                    PartnerEntry funder = partnerById.get(p.partnerId());
                    FinancialYear year = FinancialYear.parse(p.financialYear());
                    return new Grant(prefix + "-" + partnershipId + "-" + p.pledgeId(), priority.title(),
                            funder.name() + " commits " + p.amount() + " (" + p.kind().toLowerCase().replace('_', ' ')
                                    + ") to the shared priority '" + priority.title() + "' of "
                                    + partnership.name() + " for " + year,
                            p.amount().currency(), p.amount().inMajorUnits(), p.spent().inMajorUnits(),
                            LocalDate.ofInstant(p.pledgedAt(), zone),
                            List.of(new Period(year.firstDay(), year.lastDay())), List.of(recipient),
                            List.of(new Organization(prefix + "-" + partnershipId + "-" + funder.partnerId(),
                                    funder.name())),
                            List.of(classification("theme", axisById.get(priority.themeId())),
                                    classification("principle", axisById.get(priority.principleId()))),
                            LocalDate.ofInstant(partnership.lastChangedAt(), zone));
                })
                .toList();
        return new ThreeSixtyGiving(grants);
    }

    private static Classification classification(String kind, AxisEntry axis) {
        return new Classification("partnership-ledger:" + kind, axis.id(), axis.name());
    }
}
