package org.jointcommissioning.commissioning.service;

import org.jointcommissioning.commissioning.domain.Framework;
import org.jointcommissioning.commissioning.domain.IndicatorGoal;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.contracts.events.CriterionSummary;
import org.jointcommissioning.contracts.events.IndicatorTarget;
import org.jointcommissioning.contracts.events.LotSummary;
import org.jointcommissioning.contracts.events.OpportunityPublished;

import java.util.List;

/** The contract's view of an opportunity. */
final class OpportunityEvents {

    private OpportunityEvents() {
    }

    static OpportunityPublished published(Opportunity o, Framework framework) {
        return new OpportunityPublished(o.id, o.ownerOrgId, o.frameworkId, o.title, o.route.toString(), o.fundId,
                o.clarificationDeadline, o.submissionDeadline,
                o.lots.stream().map(l -> new LotSummary(l.id(), l.title(), l.estimatedValue(),
                        l.reservedForVoluntarySector())).toList(),
                o.criteria.stream().map(c -> new CriterionSummary(c.id(), c.name(), c.kind().toString(), c.weight()))
                        .toList(),
                indicators(o), o.publishedAt(), o.description, List.copyOf(framework.themes));
    }

    /** The opportunity's indicators as the events carry them. */
    static List<IndicatorTarget> indicators(Opportunity o) {
        return o.indicators.stream().map(OpportunityEvents::target).toList();
    }

    private static IndicatorTarget target(IndicatorGoal goal) {
        return new IndicatorTarget(goal.code(), goal.expectedImprovement());
    }
}
