package org.jointcommissioning.outcomes.service;

import org.jointcommissioning.contracts.money.Money;
import org.jointcommissioning.outcomes.domain.Polarity;
import org.jointcommissioning.outcomes.domain.RagStatus;
import org.jointcommissioning.outcomes.domain.Reading;

import java.math.BigDecimal;

/**
 * What an indicator's contracts cost against how far it has moved: latest, improvement and cost per point are
 * null while there is nothing to show.
 */
public record ValueForMoneyView(String code, String title, String unit, Polarity polarity, RagStatus status,
                                Reading baseline, Reading latest, BigDecimal improvementSinceBaseline, Money committed,
                                Money spent, Money costPerPoint) {
}
