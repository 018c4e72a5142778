package org.jointcommissioning.commissioning.service;

import org.jointcommissioning.commissioning.domain.Evaluation;
import org.jointcommissioning.commissioning.domain.OpenedBid;
import org.jointcommissioning.commissioning.domain.Scoring;

/** An opened bid with its evaluation (null until scored) and the platform's arithmetic. */
public record ScoredBid(OpenedBid bid, Evaluation evaluation, Scoring.Result result) {
}
