package org.jointcommissioning.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.commissioning.domain.AwardStatus;
import org.jointcommissioning.commissioning.domain.Criterion;
import org.jointcommissioning.commissioning.domain.CriterionKind;
import org.jointcommissioning.commissioning.domain.Evaluation;
import org.jointcommissioning.commissioning.domain.OpenedBid;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.commissioning.domain.ScoreDraft;
import org.jointcommissioning.commissioning.domain.Scoring;
import org.jointcommissioning.commissioning.repository.AwardRepository;
import org.jointcommissioning.commissioning.repository.EvaluationRepository;
import org.jointcommissioning.commissioning.repository.OpenedBidRepository;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.money.StoredMoney;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.contracts.events.BidOpened;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Scoring of opened bids by the owner's commissioners, and the ranking of each lot. */
@ApplicationScoped
public class EvaluationService {

    static final int MAX_CRITERION_ID = 50;

    @Inject
    EvaluationRepository evaluationRows;

    @Inject
    OpenedBidRepository openedBids;

    @Inject
    AwardRepository awards;

    @Inject
    OpportunityAccess access;

    @Inject
    TechnicalScoring technicalScoring;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public Evaluation score(String opportunityId, String bidId, ScoreDraft request) {
        Opportunity opportunity = access.owned(opportunityId);
        opportunity.require("scored", OpportunityStatus.CLOSED);
        OpenedBid bid = openedBids.findById(bidId);
        if (bid == null || !bid.opportunityId.equals(opportunityId)) {
            throw ProblemException.notFound("Bid", bidId);
        }
        // The decision stands on these scores; a cancelled award (a challenge upheld, say) reopens the evaluation.
        if (awards.anyOfLot(opportunityId, bid.lotId, AwardStatus.LIVE)) {
            throw ProblemException.conflict("Lot " + bid.lotId + " has a live award: cancel it to evaluate again");
        }
        check(opportunity.criteria, request.scores());
        Evaluation evaluation = evaluationRows.findById(bidId);
        boolean first = evaluation == null;
        if (first) {
            evaluation = new Evaluation();
            evaluation.bidId = bidId;
            evaluation.opportunityId = opportunityId;
        }
        evaluation.scores = new LinkedHashMap<>(request.scores());
        evaluation.comment = request.comment();
        evaluation.scoredBy = caller.subject();
        evaluation.scoredAt = clock.instant();
        if (first) {
            evaluationRows.persist(evaluation);
            evaluationRows.flush();
            technicalScoring.firstScored(opportunity);
        }
        return evaluation;
    }

    /** For reading: the owner's commissioners and auditors, once the deadline has passed. */
    public Opportunity readable(String opportunityId) {
        Opportunity opportunity = access.ownedOrAudited(opportunityId);
        if (!opportunity.isPastDeadline()) {
            throw ProblemException.conflict("Bids are opened at the submission deadline, "
                    + opportunity.submissionDeadline + "; there is nothing to evaluate before it");
        }
        return opportunity;
    }

    /** Each lot's bids, ranked. Lots in the opportunity's order. */
    public Map<String, List<ScoredBid>> evaluate(Opportunity opportunity) {
        Map<String, Evaluation> evaluations = evaluationRows.ofOpportunity(opportunity.id).stream()
                .collect(Collectors.toMap(e -> e.bidId, Function.identity()));
        Map<String, List<OpenedBid>> byLot = openedBids.ofOpportunity(opportunity.id).stream()
                .collect(Collectors.groupingBy(b -> b.lotId));
        Map<String, List<ScoredBid>> result = new LinkedHashMap<>();
        for (var lot : opportunity.lots) {
            result.put(lot.id(), rank(opportunity.criteria, byLot.getOrDefault(lot.id(), List.of()), evaluations));
        }
        return result;
    }

    public List<ScoredBid> evaluateLot(Opportunity opportunity, String lotId) {
        return evaluate(opportunity).getOrDefault(lotId, List.of());
    }

    private static List<ScoredBid> rank(List<Criterion> criteria, List<OpenedBid> bids,
                                        Map<String, Evaluation> evaluations) {
        Map<String, OpenedBid> byId = new HashMap<>();
        List<Scoring.Entry> entries = new ArrayList<>();
        for (OpenedBid bid : bids) {
            byId.put(bid.bidId, bid);
            Evaluation evaluation = evaluations.get(bid.bidId);
            entries.add(new Scoring.Entry(bid.bidId, bid.price.amount(), evaluation == null ? null : evaluation.scores));
        }
        return Scoring.score(criteria, entries).stream()
                .map(r -> new ScoredBid(byId.get(r.bidId()), evaluations.get(r.bidId()), r))
                .toList();
    }

    private static void check(List<Criterion> criteria, Map<String, Integer> scores) {
        // A criterion id is at most 50 characters; a longer key is refused before a problem repeats it as a field.
        if (scores.keySet().stream().anyMatch(id -> id.length() > MAX_CRITERION_ID)) {
            throw ProblemException.invalidField("scores", "criterion ids are at most " + MAX_CRITERION_ID + " characters");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> scored = criteria.stream().filter(c -> c.kind() != CriterionKind.PRICE).map(Criterion::id)
                .collect(Collectors.toSet());
        for (String id : scored) {
            if (!scores.containsKey(id)) {
                errors.add(new Problem.FieldError("scores." + id, "a score is required"));
            }
        }
        scores.forEach((id, score) -> {
            if (!scored.contains(id)) {
                errors.add(new Problem.FieldError("scores." + id,
                        "not a quality or social-value criterion of this opportunity (price is scored by the platform)"));
            } else if (score == null || score < 0 || score > 100) {
                errors.add(new Problem.FieldError("scores." + id, "must be between 0 and 100"));
            }
        });
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    /** Keeps a bid opened at the deadline for evaluation, once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keepOpened(BidOpened opened) {
        if (openedBids.findById(opened.bidId()) != null) {
            return;
        }
        OpenedBid bid = new OpenedBid();
        bid.bidId = opened.bidId();
        bid.opportunityId = opened.opportunityId();
        bid.lotId = opened.lotId();
        bid.organisationId = opened.organisationId();
        bid.organisationName = opened.organisationName();
        bid.legalForm = opened.legalForm();
        bid.charityNumber = opened.charityNumber();
        bid.companyNumber = opened.companyNumber();
        bid.districtsServed = opened.districtsServed() == null ? List.of() : List.copyOf(opened.districtsServed());
        bid.price = StoredMoney.of(opened.price());
        bid.submittedAt = opened.submittedAt();
        bid.openedAt = opened.openedAt();
        openedBids.persist(bid);
    }
}
