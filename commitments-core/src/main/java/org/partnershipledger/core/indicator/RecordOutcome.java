package org.partnershipledger.core.indicator;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.priority.PriorityId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Require;
import org.partnershipledger.core.shared.Rule;
import org.partnershipledger.core.shared.RuleViolation;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;

/** Records a measured value of an indicator at a date, reported by a partner, with optional evidence. */
public record RecordOutcome(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        PriorityId priorityId,
        IndicatorId indicatorId,
        OutcomeId outcomeId,
        PartnerId reportedBy,
        BigDecimal value,
        LocalDate measuredOn,
        URI evidence,
        String note,
        Decision decision) {

    public RecordOutcome {
        Require.present(partnershipId, "partnership id");
        Require.present(priorityId, "priority id");
        Require.present(indicatorId, "indicator id");
        Require.present(outcomeId, "outcome id");
        Require.present(reportedBy, "reporting partner id");
        Require.measured(value, "value");
        Require.present(measuredOn, "measured on");
        if (evidence != null && !EvidenceLink.isAcceptable(evidence)) {
            throw new RuleViolation(Rule.EVIDENCE_LINK_INVALID,
                    "evidence must be an absolute http or https link, was " + evidence);
        }
        note = Require.optionalText(note, "note");
    }
}
