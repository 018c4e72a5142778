package org.jointcommissioning.bidding.service;

import org.jointcommissioning.bidding.domain.BidContent;
import org.jointcommissioning.bidding.domain.BidDraft;
import org.jointcommissioning.bidding.domain.ConsortiumRole;
import org.jointcommissioning.bidding.domain.Criterion;
import org.jointcommissioning.bidding.domain.LegalForm;
import org.jointcommissioning.bidding.domain.Lot;
import org.jointcommissioning.bidding.domain.Opportunity;
import org.jointcommissioning.bidding.domain.Organisation;
import org.jointcommissioning.bidding.domain.OrganisationProfile;
import org.jointcommissioning.bidding.domain.OrganisationSize;
import org.jointcommissioning.common.problem.Problem.FieldError;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.contracts.money.Money;
import org.jointcommissioning.contracts.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a bid must meet against its opportunity: the lot, the answers, the currency and the consortium. */
class BidRulesTest {

    private static final Opportunity OPPORTUNITY = opportunity(
            List.of(lot("lot-1", false), lot("lot-reserved", true)),
            List.of(criterion("price", "price"), criterion("quality", "quality"),
                    criterion("social", "social-value")));

    private final Organisation charity = organisation(LegalForm.CHARITY, OrganisationSize.SMALL);

    @Test
    void aBidAnsweringEveryQualityAndSocialValueCriterionOnceInTheLotsCurrencyPasses() {
        assertDoesNotThrow(() -> BidRules.check(OPPORTUNITY, "lot-1", charity, draft(Money.gbp("1000.00"),
                List.of(answer("quality"), answer("social")), List.of())));
    }

    @Test
    void aLotTheOpportunityDoesNotHaveIsNamedAsTheWrongField() {
        ProblemException refused = refused("lot-9", charity, draft(Money.gbp("1.00"), List.of(), List.of()));
        assertEquals(ProblemType.INVALID_REQUEST, refused.type());
        assertEquals("lotId", refused.errors().get(0).field());
    }

    @Test
    void aReservedLotRefusesOnlyLargeCompanies() {
        BidDraft draft = draft(Money.gbp("1.00"), List.of(answer("quality"), answer("social")), List.of());
        Organisation largeCompany = organisation(LegalForm.COMPANY, OrganisationSize.LARGE);
        assertEquals(ProblemType.CONFLICT, refused("lot-reserved", largeCompany, draft).type());
        assertDoesNotThrow(() -> BidRules.check(OPPORTUNITY, "lot-reserved",
                organisation(LegalForm.COMPANY, OrganisationSize.MEDIUM), draft));
        assertDoesNotThrow(() -> BidRules.check(OPPORTUNITY, "lot-reserved", charity, draft));
        assertDoesNotThrow(() -> BidRules.check(OPPORTUNITY, "lot-1", largeCompany, draft));
    }

    @Test
    void everyBrokenRuleOfTheContentIsNamedAtOnce() {
        BidDraft draft = draft(new Money(Money.gbp("1.00").amount(), "EUR"),
                List.of(answer("price"), answer("quality"), answer("quality")), List.of());
        List<String> fields = refused("lot-1", charity, draft).errors().stream().map(FieldError::field).toList();
        assertEquals(List.of("price.currency", "answers[0].criterionId", "answers[2].criterionId", "answers"), fields);
    }

    @Test
    void aConsortiumHasOneLeadWhichIsTheBidderAndMembersWithARegistrationNumber() {
        List<BidContent.Answer> answers = List.of(answer("quality"), answer("social"));
        assertDoesNotThrow(() -> BidRules.check(OPPORTUNITY, "lot-1", charity, draft(Money.gbp("1.00"), answers,
                List.of(member(" carers network ", ConsortiumRole.LEAD, null),
                        member("Meals Together", ConsortiumRole.MEMBER, "1234567")))));
        assertDoesNotThrow(() -> BidRules.check(OPPORTUNITY, "lot-1", charity, draft(Money.gbp("1.00"), answers,
                        List.of(member("Another name", ConsortiumRole.LEAD, "7654321")))),
                "the lead is the bidder by its charity number");

        List<FieldError> errors = refused("lot-1", charity, draft(Money.gbp("1.00"), answers,
                List.of(member("Someone else", ConsortiumRole.LEAD, null),
                        member("Unregistered", ConsortiumRole.MEMBER, null)))).errors();
        assertEquals(List.of("consortium[0]", "consortium[1]"), errors.stream().map(FieldError::field).toList());
        assertTrue(errors.get(0).message().contains("Carers Network"));

        assertEquals("consortium", refused("lot-1", charity, draft(Money.gbp("1.00"), answers,
                List.of(member("Meals Together", ConsortiumRole.MEMBER, "1234567")))).errors().get(0).field());
    }

    private ProblemException refused(String lotId, Organisation bidder, BidDraft draft) {
        return assertThrows(ProblemException.class, () -> BidRules.check(OPPORTUNITY, lotId, bidder, draft));
    }

    private static Opportunity opportunity(List<Lot> lots, List<Criterion> criteria) {
        Opportunity opportunity = Opportunity.known("opp-1", "county-council");
        opportunity.publish("Carers' support", Instant.parse("2026-12-01T12:00:00Z"), lots, criteria);
        return opportunity;
    }

    private static Lot lot(String lotId, boolean reserved) {
        return new Lot(lotId, "Lot " + lotId, Money.gbp("50000.00"), reserved);
    }

    private static Criterion criterion(String id, String kind) {
        return new Criterion(id, "Criterion " + id, kind, 30);
    }

    private static BidContent.Answer answer(String criterionId) {
        return new BidContent.Answer(criterionId, "Our answer");
    }

    private static BidContent.ConsortiumMember member(String name, ConsortiumRole role, String charityNumber) {
        return new BidContent.ConsortiumMember(name, role, charityNumber, null);
    }

    private static BidDraft draft(Money price, List<BidContent.Answer> answers,
                                  List<BidContent.ConsortiumMember> consortium) {
        return new BidDraft(price, new BidContent(answers, List.of(), List.of(), consortium));
    }

    private static Organisation organisation(LegalForm legalForm, OrganisationSize size) {
        return Organisation.registered("carers-network", new OrganisationProfile("Carers Network", legalForm, "7654321",
                null, size, List.of("Leeds"), "bids@carers.example"), Instant.parse("2026-11-01T09:00:00Z"));
    }
}
