package org.jointcommissioning.outcomes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jointcommissioning.common.problem.ProblemException;

import java.time.Instant;

/** A question put by another partnership to an indicator's owner about its delivery. */
@Entity
@Audited
@Table(name = "challenge")
public class Challenge {

    @Id
    public String id;
    @Column(name = "indicator_code")
    public String indicatorCode;
    private ChallengeState state;
    public String question;
    @Column(name = "raised_by")
    public String raisedBy;
    @Column(name = "raised_by_org")
    public String raisedByOrg;
    @Column(name = "raised_at")
    public Instant raisedAt;
    public String response;
    @Column(name = "answered_by")
    public String answeredBy;
    @Column(name = "answered_at")
    public Instant answeredAt;
    @Column(name = "resolved_at")
    public Instant resolvedAt;

    /** A partnership's question about another's indicator. */
    public static Challenge raised(String id, String indicatorCode, String question, String raisedBy, String raisedByOrg,
                                   Instant now) {
        Challenge challenge = new Challenge();
        challenge.id = id;
        challenge.indicatorCode = indicatorCode;
        challenge.state = ChallengeState.OPEN;
        challenge.question = question;
        challenge.raisedBy = raisedBy;
        challenge.raisedByOrg = raisedByOrg;
        challenge.raisedAt = now;
        return challenge;
    }

    public ChallengeState state() {
        return state;
    }

    /** The indicator's owner answers, or revises its answer, until the challenger resolves the challenge. */
    public void answer(String response, String answeredBy, Instant now) {
        if (!state.canBecome(ChallengeState.ANSWERED)) {
            throw ProblemException.conflict("Challenge " + id + " is resolved and takes no more answers");
        }
        state = ChallengeState.ANSWERED;
        this.response = response;
        this.answeredBy = answeredBy;
        answeredAt = now;
    }

    /** The challenger accepts the answer. */
    public void resolve(Instant now) {
        if (!state.canBecome(ChallengeState.RESOLVED)) {
            throw ProblemException.conflict("Challenge " + id + " is " + state
                    + "; only an answered challenge can be resolved");
        }
        state = ChallengeState.RESOLVED;
        resolvedAt = now;
    }
}
