package org.jointcommissioning.commissioning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.jointcommissioning.common.problem.ProblemException;

import java.time.Instant;

/** An unsuccessful bidder's challenge to an award decision, brought during the standstill. */
@Entity
@Table(name = "award_challenge")
@Audited
public class AwardChallenge {

    @Id
    public String id;
    @Column(name = "award_id")
    public String awardId;
    @Column(name = "opportunity_id")
    public String opportunityId;
    @Column(name = "challenger_organisation_id")
    public String challengerOrganisationId;
    public String grounds;
    private ChallengeStatus status;
    @Column(name = "decision_reasons")
    private String decisionReasons;
    @Column(name = "challenged_by")
    public String challengedBy;
    @Column(name = "challenged_at")
    public Instant challengedAt;
    @Column(name = "answered_by")
    private String answeredBy;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Version
    public int version;

    public static AwardChallenge open(String id, Award award, String organisationId, String grounds, String by,
                                      Instant now) {
        AwardChallenge challenge = new AwardChallenge();
        challenge.id = id;
        challenge.awardId = award.id;
        challenge.opportunityId = award.opportunityId;
        challenge.challengerOrganisationId = organisationId;
        challenge.grounds = grounds;
        challenge.status = ChallengeStatus.OPEN;
        challenge.challengedBy = by;
        challenge.challengedAt = now;
        return challenge;
    }

    /** The commissioner's answer; a challenge is answered once. */
    public void answer(boolean upheld, String reasons, String by, Instant now) {
        if (status != ChallengeStatus.OPEN) {
            throw ProblemException.conflict("The challenge was already answered: " + status);
        }
        status = upheld ? ChallengeStatus.UPHELD : ChallengeStatus.DISMISSED;
        decisionReasons = reasons;
        answeredBy = by;
        answeredAt = now;
    }

    public ChallengeStatus status() {
        return status;
    }

    public String decisionReasons() {
        return decisionReasons;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
