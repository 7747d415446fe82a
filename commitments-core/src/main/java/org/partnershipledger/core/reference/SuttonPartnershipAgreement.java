package org.partnershipledger.core.reference;

import org.partnershipledger.core.partner.AdmitPartner;
import org.partnershipledger.core.partner.DeclareResources;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partner.Sector;
import org.partnershipledger.core.partnership.AgreeSharedCommitment;
import org.partnershipledger.core.partnership.CommitmentId;
import org.partnershipledger.core.partnership.DefinePrinciple;
import org.partnershipledger.core.partnership.DefineTheme;
import org.partnershipledger.core.partnership.EstablishPartnership;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.partnership.PrincipleId;
import org.partnershipledger.core.partnership.ThemeId;
import org.partnershipledger.core.priority.AdoptPriority;
import org.partnershipledger.core.priority.PriorityId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.FinancialYear;
import org.partnershipledger.core.shared.Horizon;
import org.partnershipledger.core.shared.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The "Working together in Sutton" agreement of the Sutton Partnership (2010), the reference case of the ledger,
 * written as the commands a secretariat would send: the partnership and its vision, the three themes and three
 * governing principles, the partners with the staff and spend they declared, every shared priority in its cell of
 * the matrix, and the shared commitments with the Sutton Equality Charter.
 *
 * <p>Where the agreement is silent the ledger still needs a value, and these are marked as assumptions: the lead
 * and supporting partners of each priority (the organisation whose services the priority is about), the ten-year
 * horizon's dates (financial years 2010/11 to 2019/20) and the financial year of the resource table (2010/11).
 */
public final class SuttonPartnershipAgreement {

    public static final ThemeId FAIRER = new ThemeId("fairer");
    public static final ThemeId SAFER = new ThemeId("safer");
    public static final ThemeId GREENER = new ThemeId("greener");
    public static final PrincipleId VALUE_FOR_MONEY = new PrincipleId("value-for-money");
    public static final PrincipleId ENGAGEMENT = new PrincipleId("engagement");
    public static final PrincipleId PARTNERSHIP = new PrincipleId("partnership");

    public static final PartnerId COUNCIL = new PartnerId("council");
    public static final PartnerId POLICE = new PartnerId("police");
    public static final PartnerId HEALTH = new PartnerId("primary-care-trust");
    public static final PartnerId FIRE = new PartnerId("fire-service");
    public static final PartnerId VOLUNTARY = new PartnerId("voluntary-sector");
    public static final PartnerId BUSINESS = new PartnerId("business-community");

    /** The year the resource table describes (assumed: the agreement was made during 2010/11). */
    public static final FinancialYear RESOURCE_YEAR = FinancialYear.parse("2010/11");
    /** "Over the next ten years" (assumed: financial years 2010/11 to 2019/20). */
    public static final Horizon TEN_YEARS = new Horizon(LocalDate.of(2010, 4, 1), LocalDate.of(2020, 3, 31));

    public static final Decision AGREEMENT = Decision.of("Sutton Partnership Board: Working together in Sutton (2010)",
            "Agreement between the organisations of the Sutton Partnership");

    private SuttonPartnershipAgreement() {
    }

    /** The whole agreement, in the order a secretariat would record it. */
    public static List<Object> commands(PartnershipId id) {
        List<Object> commands = new ArrayList<>();
        commands.add(new EstablishPartnership(id, "Sutton Partnership", "London Borough of Sutton",
                "To create and maintain a fairer, safer and greener community in Sutton, ensuring the best possible "
                        + "quality of life for local residents.", AGREEMENT));
        commands.addAll(matrix(id));
        commands.addAll(partners(id));
        commands.addAll(priorities(id));
        commands.addAll(commitments(id));
        return commands;
    }

    private static List<Object> matrix(PartnershipId id) {
        return List.of(
                new DefineTheme(id, FAIRER, "Fairer", "Creating a community where everyone feels accepted by the "
                        + "wider community and they can access the services they need", AGREEMENT),
                new DefineTheme(id, SAFER, "Safer", "Creating a community where everyone feels safe, living their "
                        + "lives free from crime and the fear of crime", AGREEMENT),
                new DefineTheme(id, GREENER, "Greener", "Creating a community that is aware of and works to reduce "
                        + "their contribution to climate change, whilst also adapting to the challenges it presents",
                        AGREEMENT),
                new DefinePrinciple(id, VALUE_FOR_MONEY, "Value for Money", "The best possible value for money is "
                        + "achieved in the delivery of services, and these services are efficient and effective, "
                        + "ensuring the public purse is protected and spent wisely", AGREEMENT),
                new DefinePrinciple(id, ENGAGEMENT, "Engagement", "Engage with local residents, providing the tools "
                        + "and opportunities for residents to influence decision-making", AGREEMENT),
                new DefinePrinciple(id, PARTNERSHIP, "Partnership", "Champion the principles of good partnership "
                        + "working, supporting opportunities for organisations and stakeholders to come together to "
                        + "foster innovation, creativity and to promote efficiency", AGREEMENT));
    }

    private static List<Object> partners(PartnershipId id) {
        return List.of(
                new AdmitPartner(id, COUNCIL, "London Borough of Sutton", Sector.LOCAL_AUTHORITY, AGREEMENT),
                new AdmitPartner(id, POLICE, "Metropolitan Police, Sutton", Sector.POLICE, AGREEMENT),
                new AdmitPartner(id, HEALTH, "Sutton and Merton Primary Care Trust", Sector.HEALTH, AGREEMENT),
                new AdmitPartner(id, FIRE, "London Fire Brigade, Sutton", Sector.FIRE_AND_RESCUE, AGREEMENT),
                new AdmitPartner(id, VOLUNTARY, "Sutton voluntary and community sector",
                        Sector.VOLUNTARY_AND_COMMUNITY, AGREEMENT),
                new AdmitPartner(id, BUSINESS, "Sutton business community", Sector.BUSINESS, AGREEMENT),
                new DeclareResources(id, HEALTH, RESOURCE_YEAR, 1400, 0, Money.pounds(530_000_000),
                        "Spends approximately £530 million in Sutton and Merton; GP practices, opticians, dentists "
                                + "and pharmacies in the borough", AGREEMENT),
                new DeclareResources(id, POLICE, RESOURCE_YEAR, 499, 0, Money.pounds(23_300_000),
                        "342 police officers of all ranks; 1 police station and 3 Safer Neighbourhood bases in the "
                                + "borough", AGREEMENT),
                new DeclareResources(id, COUNCIL, RESOURCE_YEAR, 2535, 0, Money.pounds(453_000_000),
                        "Provides Housing, Adult Social Care, Children's Social Care, Education services and "
                                + "Environment and Leisure services", AGREEMENT),
                new DeclareResources(id, VOLUNTARY, RESOURCE_YEAR, 700, 3500, Money.pounds(10_000_000),
                        "In excess of 700 staff, 3500 volunteers and £10 million; in excess of 600 organisations "
                                + "in or working in the borough", AGREEMENT));
    }

    private static List<Object> priorities(PartnershipId id) {
        PriorityList list = new PriorityList(id);
        list.cell(FAIRER, VALUE_FOR_MONEY)
                .add("rebuild-stanley-park-high-school", "Rebuild Stanley Park High School", COUNCIL)
                .add("special-needs-places", "Provide more in-borough places for children with special needs",
                        COUNCIL, HEALTH)
                .add("life-expectancy-gap", "Reduce the existing life expectancy gap in the borough",
                        HEALTH, COUNCIL, VOLUNTARY)
                .add("decent-homes-standard", "Ensure all council properties meet the decent homes standard", COUNCIL)
                .add("unemployment-gap", "Reduce the existing unemployment gap in the borough",
                        COUNCIL, BUSINESS, VOLUNTARY);
        list.cell(FAIRER, ENGAGEMENT)
                .add("primary-classrooms", "Provide extra classrooms for primary school children", COUNCIL)
                .add("community-engagement", "Extend community engagement through the expansion of the remit of the "
                        + "six local committees, increasing opportunities for people to engage in on-line "
                        + "consultation dialogues, and supporting a range of community engagement projects.",
                        COUNCIL, VOLUNTARY)
                .add("care-plans-and-budgets", "Ensure that all people eligible for adult social care and their "
                        + "carers have individual care plans and budgets", COUNCIL, HEALTH, VOLUNTARY)
                .add("into-work-and-training", "Increase the number of people getting into work and/or accessing "
                        + "training opportunities", COUNCIL, BUSINESS, VOLUNTARY);
        list.cell(FAIRER, PARTNERSHIP)
                .add("refurbish-st-helier-hospital", "Refurbish St Helier hospital", HEALTH, COUNCIL)
                .add("quitting-smoking", "Increase the proportion of people quitting smoking for one year or longer",
                        HEALTH, COUNCIL)
                .add("free-school-meals-gap", "Reduce the inequality gap between pupils eligible and ineligible for "
                        + "free school meals", COUNCIL);
        list.cell(SAFER, VALUE_FOR_MONEY)
                .add("excessive-drinking", "Reduce the destructive effects of excessive drinking",
                        POLICE, HEALTH, COUNCIL)
                .add("safest-borough", "Make Sutton the safest borough in London for all types of crime",
                        POLICE, COUNCIL, FIRE);
        list.cell(SAFER, ENGAGEMENT)
                .add("places-to-go-for-young-people", "Increase the range of activities and places to go for young "
                        + "people", COUNCIL, VOLUNTARY, POLICE);
        list.cell(SAFER, PARTNERSHIP)
                .add("hate-crime-and-domestic-violence", "Tackle hate crimes and domestic violence",
                        POLICE, COUNCIL, VOLUNTARY)
                .add("multi-agency-safeguarding", "Implement of the borough’s multi-agency safeguarding policies and "
                        + "procedures for children and adults", COUNCIL, POLICE, HEALTH);
        list.cell(GREENER, VALUE_FOR_MONEY)
                .add("transport-hackbridge-wallington-worcester-park", "Improve transport facilities in Hackbridge, "
                        + "as well as Wallington and Worcester Park", COUNCIL)
                .add("net-zero-council-buildings", "Reduce carbon emissions in the borough by reducing emissions in "
                        + "council owned buildings to be net zero", COUNCIL)
                .add("protect-open-spaces", "Protect open spaces and back garden land to retain the suburban "
                        + "character of the borough", COUNCIL);
        list.cell(GREENER, ENGAGEMENT)
                .add("parks-playgrounds-district-centres", "Maintain the high quality of the borough’s parks, "
                        + "playgrounds and district centres", COUNCIL, BUSINESS)
                .add("five-a-day", "Increase number of residents eating five or more portions of fruit and "
                        + "vegetables per day", HEALTH, COUNCIL)
                .add("fewer-car-trips", "Reduce residents’ car trips", COUNCIL)
                .add("borough-wide-recycling", "Increase borough wide recycling", COUNCIL, VOLUNTARY);
        list.cell(GREENER, PARTNERSHIP)
                .add("local-fresh-produce", "Increase access to local fresh produce in the borough, supplying local "
                        + "schools and hospitals", COUNCIL, HEALTH, BUSINESS)
                .add("reduce-ecofootprint", "Reduce ecofootprint of Sutton residents", COUNCIL, VOLUNTARY);
        return list.commands;
    }

    private static List<Object> commitments(PartnershipId id) {
        String[][] statements = {
                {"collective-responsibility", "To take collective responsibility for achieving the shared vision"},
                {"outcomes-first", "To prioritise the achievement of outcomes in support of this vision"},
                {"open-and-transparent", "To be open and transparent with all partners, particularly during times "
                        + "of financial difficulty"},
                {"review-arrangements", "To consistently review Partnership arrangements, ensuring they are "
                        + "appropriate for the tasks ahead"},
                {"fair-decisions", "To ensure decisions are made in the fairest way possible"},
                {"equality-1", "Equality Charter: We recognise, respect and value Sutton’s diverse communities."},
                {"equality-2", "Equality Charter: We shall promote good relationships between people of different "
                        + "backgrounds and lifestyles."},
                {"equality-3", "Equality Charter: We are committed to identifying, understanding and responding to "
                        + "the different needs and experiences of people in Sutton and those of different "
                        + "communities such as race, age, disability, gender, sexual orientation, religion and belief "
                        + "and any other difference that can lead to discrimination or direct or indirect unfair "
                        + "treatment."},
                {"equality-4", "Equality Charter: We acknowledge that people belong to more than one “group” or "
                        + "community and we will take this into account in our service provision and community "
                        + "leadership role."},
                {"equality-5", "Equality Charter: We are committed to tackling discrimination and inequality in all "
                        + "the service areas for which we are responsible, including in our role as employers."},
                {"equality-6", "Equality Charter: We are committed to targeting our efforts to ensure a fairer "
                        + "borough through the implementation of this agreement."}};
        List<Object> commands = new ArrayList<>();
        for (String[] statement : statements) {
            commands.add(new AgreeSharedCommitment(id, new CommitmentId(statement[0]), statement[1], AGREEMENT));
        }
        return commands;
    }

    /** Writes the priorities of one cell after another, lead partner first, then supporting partners. */
    private static final class PriorityList {
        private final PartnershipId id;
        private final List<Object> commands = new ArrayList<>();
        private ThemeId theme;
        private PrincipleId principle;

        private PriorityList(PartnershipId id) {
            this.id = id;
        }

        private PriorityList cell(ThemeId theme, PrincipleId principle) {
            this.theme = theme;
            this.principle = principle;
            return this;
        }

        private PriorityList add(String priorityId, String title, PartnerId lead, PartnerId... supporting) {
            commands.add(new AdoptPriority(id, new PriorityId(priorityId), theme, principle, title, null, lead,
                    Set.of(supporting), TEN_YEARS, AGREEMENT));
            return this;
        }
    }
}
