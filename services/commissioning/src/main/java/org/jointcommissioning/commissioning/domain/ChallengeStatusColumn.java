package org.jointcommissioning.commissioning.domain;

import jakarta.persistence.Converter;
import org.jointcommissioning.common.kebab.KebabConverter;

/** Stores {@link ChallengeStatus} by its kebab-case value, the same word as in the API. */
@Converter(autoApply = true)
public class ChallengeStatusColumn extends KebabConverter<ChallengeStatus> {

    public ChallengeStatusColumn() {
        super(ChallengeStatus.class);
    }
}
