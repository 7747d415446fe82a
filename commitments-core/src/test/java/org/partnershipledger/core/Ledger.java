package org.partnershipledger.core;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.partnershipledger.core.partner.PartnerAdmitted;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partner.PartnerLeft;
import org.partnershipledger.core.partner.Sector;
import org.partnershipledger.core.partnership.PartnershipEstablished;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.partnership.PrincipleDefined;
import org.partnershipledger.core.partnership.PrincipleId;
import org.partnershipledger.core.partnership.ThemeDefined;
import org.partnershipledger.core.partnership.ThemeId;
import org.partnershipledger.core.pledge.BudgetPledged;
import org.partnershipledger.core.pledge.PledgeId;
import org.partnershipledger.core.pledge.PledgeKind;
import org.partnershipledger.core.pledge.PledgeStatus;
import org.partnershipledger.core.priority.PriorityAchieved;
import org.partnershipledger.core.priority.PriorityAdopted;
import org.partnershipledger.core.priority.PriorityId;
import org.partnershipledger.core.priority.PriorityRetired;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.FinancialYear;
import org.partnershipledger.core.shared.Horizon;
import org.partnershipledger.core.shared.Money;
import org.partnershipledger.core.shared.Rule;
import org.partnershipledger.core.shared.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A small partnership to test rules against: two themes, two principles, three partners, and helpers that
 * write the history a rule needs as events.
 */
public final class Ledger {

    public static final PartnershipId SUTTON = new PartnershipId("sutton");
    public static final Decision BOARD = Decision.of("Board 2010-09-14, minute 7", "Agreed by the partnership board");

    public static final ThemeId FAIRER = new ThemeId("fairer");
    public static final ThemeId SAFER = new ThemeId("safer");
    public static final PrincipleId VALUE_FOR_MONEY = new PrincipleId("value-for-money");
    public static final PrincipleId ENGAGEMENT = new PrincipleId("engagement");

    public static final PartnerId COUNCIL = new PartnerId("council");
    public static final PartnerId POLICE = new PartnerId("police");
    public static final PartnerId HEALTH = new PartnerId("pct");
    public static final PartnerId STRANGER = new PartnerId("not-a-member");

    public static final PriorityId STANLEY_PARK = new PriorityId("rebuild-stanley-park-high-school");
    public static final PriorityId SAFEST_BOROUGH = new PriorityId("safest-borough-in-london");
    public static final Horizon TEN_YEARS = new Horizon(LocalDate.of(2010, 4, 1), LocalDate.of(2020, 3, 31));
    public static final FinancialYear FY_2010_11 = FinancialYear.parse("2010/11");

    private Ledger() {
    }

    public static PartnershipEstablished established() {
        return new PartnershipEstablished(SUTTON, "Sutton Partnership", "London Borough of Sutton",
                "A fairer, safer and greener community in Sutton", BOARD);
    }

    /** The partnership with its matrix and three members, as events. */
    public static List<Object> partnership() {
        List<Object> events = new ArrayList<>(List.of(
                established(),
                new ThemeDefined(SUTTON, FAIRER, "Fairer", null, BOARD),
                new ThemeDefined(SUTTON, SAFER, "Safer", null, BOARD),
                new PrincipleDefined(SUTTON, VALUE_FOR_MONEY, "Value for Money", null, BOARD),
                new PrincipleDefined(SUTTON, ENGAGEMENT, "Engagement", null, BOARD),
                admitted(COUNCIL, Sector.LOCAL_AUTHORITY),
                admitted(POLICE, Sector.POLICE),
                admitted(HEALTH, Sector.HEALTH)));
        return events;
    }

    /** The partnership with one open priority, led by the council and supported by the police. */
    public static List<Object> partnershipWithPriority() {
        List<Object> events = partnership();
        events.add(adopted(STANLEY_PARK, COUNCIL, POLICE));
        return events;
    }

    /** As {@link #partnershipWithPriority()}, plus a committed £100,000 cash pledge by the council. */
    public static List<Object> partnershipWithPledge(PledgeId pledgeId) {
        List<Object> events = partnershipWithPriority();
        events.add(pledged(pledgeId, COUNCIL, Money.pounds(100_000)));
        return events;
    }

    public static List<Object> plus(List<Object> history, Object... more) {
        List<Object> events = new ArrayList<>(history);
        events.addAll(List.of(more));
        return events;
    }

    public static PartnerAdmitted admitted(PartnerId partnerId, Sector sector) {
        return new PartnerAdmitted(SUTTON, partnerId, partnerId.value(), sector, BOARD);
    }

    public static PartnerLeft left(PartnerId partnerId) {
        return new PartnerLeft(SUTTON, partnerId, "Reorganised", BOARD);
    }

    public static PriorityAdopted adopted(PriorityId priorityId, PartnerId lead, PartnerId... supporting) {
        return new PriorityAdopted(SUTTON, priorityId, FAIRER, VALUE_FOR_MONEY, "Rebuild Stanley Park High School",
                null, lead, Set.of(supporting), TEN_YEARS, BOARD);
    }

    public static PriorityAchieved achieved(PriorityId priorityId) {
        return new PriorityAchieved(SUTTON, priorityId, "Opened September 2013", BOARD);
    }

    public static PriorityRetired retired(PriorityId priorityId) {
        return new PriorityRetired(SUTTON, priorityId, "Superseded", BOARD);
    }

    public static BudgetPledged pledged(PledgeId pledgeId, PartnerId partnerId, Money amount) {
        return new BudgetPledged(SUTTON, STANLEY_PARK, pledgeId, partnerId, amount, FY_2010_11, PledgeKind.CASH,
                PledgeStatus.COMMITTED, BOARD);
    }

    /** Matches a {@link RuleViolation} of the given rule, for {@code expectException}. */
    public static Matcher<Object> violates(Rule rule) {
        return new TypeSafeMatcher<>(RuleViolation.class) {
            @Override
            protected boolean matchesSafely(Object item) {
                return ((RuleViolation) item).rule() == rule;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rule violation of " + rule.code());
            }

            @Override
            protected void describeMismatchSafely(Object item, Description mismatch) {
                RuleViolation violation = (RuleViolation) item;
                mismatch.appendText("was " + violation.code() + ": " + violation.getMessage());
            }
        };
    }
}
