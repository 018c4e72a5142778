package org.jointcommissioning.bidding.service;

import org.jointcommissioning.bidding.domain.BidContent;
import org.jointcommissioning.bidding.domain.BidDraft;
import org.jointcommissioning.bidding.domain.ConsortiumRole;
import org.jointcommissioning.bidding.domain.Criterion;
import org.jointcommissioning.bidding.domain.Lot;
import org.jointcommissioning.bidding.domain.Opportunity;
import org.jointcommissioning.bidding.domain.Organisation;
import org.jointcommissioning.common.problem.Problem.FieldError;
import org.jointcommissioning.common.problem.ProblemException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The rules a bid's content must meet against the opportunity it is for: the lot exists and admits the
 * organisation, every quality and social-value criterion is answered once, the consortium is led by the
 * bidder. Messages name fields and criteria, never another bid.
 */
final class BidRules {

    private BidRules() {
    }

    static void check(Opportunity opportunity, String lotId, Organisation bidder, BidDraft bid) {
        Lot lot = opportunity.lot(lotId).orElseThrow(() -> ProblemException.invalidField("lotId",
                "opportunity " + opportunity.id + " has no lot " + lotId));
        if (lot.reservedForVoluntarySector() && bidder.isLargeCompany()) {
            throw ProblemException.conflict("Lot " + lotId + " is reserved for voluntary and community organisations;"
                    + " a large company may not bid for it");
        }
        List<FieldError> errors = new ArrayList<>();
        if (lot.estimatedValue() != null && !Objects.equals(lot.estimatedValue().currency(), bid.price().currency())) {
            errors.add(new FieldError("price.currency", "must be " + lot.estimatedValue().currency()
                    + ", the currency of the lot"));
        }
        checkAnswers(opportunity, bid.content().answers(), errors);
        checkConsortium(bidder, bid.content().consortium(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    private static void checkAnswers(Opportunity opportunity, List<BidContent.Answer> answers, List<FieldError> errors) {
        List<Criterion> answerable = opportunity.answerableCriteria();
        Set<String> answerableIds = new HashSet<>();
        answerable.forEach(c -> answerableIds.add(c.criterionId()));
        Set<String> answered = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            String criterionId = answers.get(i).criterionId();
            if (!answerableIds.contains(criterionId)) {
                errors.add(new FieldError("answers[" + i + "].criterionId",
                        "is not a quality or social-value criterion of this opportunity"));
            } else if (!answered.add(criterionId)) {
                errors.add(new FieldError("answers[" + i + "].criterionId", "answers criterion " + criterionId + " twice"));
            }
        }
        for (Criterion criterion : answerable) {
            if (!answered.contains(criterion.criterionId())) {
                errors.add(new FieldError("answers", "criterion " + criterion.criterionId() + " ("
                        + criterion.name() + ") is not answered"));
            }
        }
    }

    private static void checkConsortium(Organisation bidder, List<BidContent.ConsortiumMember> consortium,
                                        List<FieldError> errors) {
        if (consortium.isEmpty()) {
            return;
        }
        long leads = consortium.stream().filter(BidRules::isLead).count();
        if (leads != 1) {
            errors.add(new FieldError("consortium", "must have exactly one lead, the bidding organisation"));
        }
        for (int i = 0; i < consortium.size(); i++) {
            BidContent.ConsortiumMember member = consortium.get(i);
            if (isLead(member) && !isBidder(bidder, member)) {
                errors.add(new FieldError("consortium[" + i + "]", "the lead must be the bidding organisation, "
                        + bidder.name));
            }
            if (!isLead(member) && member.charityNumber() == null && member.companyNumber() == null) {
                errors.add(new FieldError("consortium[" + i + "]", "a member needs a charityNumber or a companyNumber"));
            }
        }
    }

    private static boolean isLead(BidContent.ConsortiumMember member) {
        return member.role() == ConsortiumRole.LEAD;
    }

    private static boolean isBidder(Organisation bidder, BidContent.ConsortiumMember lead) {
        return bidder.name.equalsIgnoreCase(lead.name().strip())
                || (lead.charityNumber() != null && lead.charityNumber().equals(bidder.charityNumber))
                || (lead.companyNumber() != null && lead.companyNumber().equals(bidder.companyNumber));
    }
}
