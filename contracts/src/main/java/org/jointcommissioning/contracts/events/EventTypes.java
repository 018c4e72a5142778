package org.jointcommissioning.contracts.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Looks up the type, topic and record class of every event the platform knows. */
public final class EventTypes {

    /** Every event record, in the order the AsyncAPI document lists them. */
    public static final List<Class<? extends Record>> ALL = List.of(
            OpportunityPublished.class, OpportunityClosed.class, OpportunityCancelled.class, TechnicalScoringCompleted.class,
            ClarificationAnswered.class,
            FundingRequested.class, StandstillStarted.class, AwardChallenged.class, ChallengeAnswered.class,
            ContractAwarded.class, AwardCancelled.class, BidOutcome.class,
            BidSubmitted.class, BidWithdrawn.class, BidOpened.class, EnvelopeOpened.class,
            FundsReserved.class, FundingRejected.class, FundsCommitted.class, FundsReleased.class,
            ContributionRecorded.class, PaymentRecorded.class, FundMembershipChanged.class,
            FinancialYearOpened.class, BudgetLineSet.class, CommitmentScheduled.class, ForecastRecorded.class,
            FinancialYearClosed.class, CarryForwardApproved.class, UnderspendSettled.class,
            IndicatorStatusChanged.class);

    private static final Map<String, Class<? extends Record>> BY_TYPE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventTypes::typeOf, Function.identity()));

    private EventTypes() {
    }

    public static String typeOf(Class<?> eventClass) {
        return annotation(eventClass).type();
    }

    public static String topicOf(Class<?> eventClass) {
        return annotation(eventClass).topic();
    }

    /** The schema file name under {@code contracts/events/}. */
    public static String schemaFileOf(Class<?> eventClass) {
        annotation(eventClass);
        return eventClass.getSimpleName() + ".schema.json";
    }

    public static Optional<Class<? extends Record>> classOf(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    private static Event annotation(Class<?> eventClass) {
        Event event = eventClass.getAnnotation(Event.class);
        if (event == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not an event record (no @Event)");
        }
        return event;
    }
}
