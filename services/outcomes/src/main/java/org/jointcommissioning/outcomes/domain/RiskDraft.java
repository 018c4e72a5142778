package org.jointcommissioning.outcomes.domain;

import java.util.List;

/** A risk to delivery as its owner assesses it; no status means open on creation and unchanged on update. */
public record RiskDraft(String title, List<String> indicatorCodes, int likelihood, int impact, String mitigation,
                        String owner, RiskStatus status) {
}
