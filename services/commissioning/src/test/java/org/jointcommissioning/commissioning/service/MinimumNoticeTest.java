package org.jointcommissioning.commissioning.service;

import org.jointcommissioning.commissioning.config.OpportunityConfig;
import org.jointcommissioning.commissioning.domain.Framework;
import org.jointcommissioning.commissioning.domain.Lot;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.commissioning.support.Fixtures;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.contracts.money.Money;
import org.jointcommissioning.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A deployment that sets ten days' notice refuses deadlines sooner than that. */
class MinimumNoticeTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T09:00:00Z"));

    @Test
    void deadlinesSoonerThanTheNoticeAreRefusedAndLaterOnesAccepted() {
        PublishRules rules = rules(Duration.ofDays(10));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> rules.check(opportunity(Duration.ofDays(5)), framework()));
        assertEquals(List.of("submissionDeadline", "clarificationDeadline"),
                refused.errors().stream().map(e -> e.field()).toList());
        assertDoesNotThrow(() -> rules.check(opportunity(Duration.ofDays(11)), framework()));
    }

    private PublishRules rules(Duration notice) {
        PublishRules rules = new PublishRules();
        rules.clock = clock;
        rules.config = new OpportunityConfig() {
            @Override
            public Duration minimumNotice() {
                return notice;
            }

            @Override
            public String closeInterval() {
                return "off";
            }
        };
        rules.funds = new FundMembers() {
            @Override
            public Optional<Problem.FieldError> refusal(String fundId, String partnerId) {
                return Optional.empty(); // this test is about deadlines
            }
        };
        return rules;
    }

    private Opportunity opportunity(Duration ahead) {
        Opportunity o = new Opportunity();
        o.lots = List.of(new Lot("lot-1", "Lot", Money.gbp("1000.00"), false));
        o.estimatedValue = new BigDecimal("1000.00");
        o.criteria = Fixtures.CRITERIA;
        o.indicators = List.of();
        o.clarificationDeadline = clock.instant().plus(ahead);
        o.submissionDeadline = clock.instant().plus(ahead).plus(Duration.ofDays(1));
        return o;
    }

    private static Framework framework() {
        Framework f = new Framework();
        f.reservedLotsAllowed = true;
        return f;
    }
}
