package org.jointcommissioning.budgets.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a new pooled fund is to be, as its creator asked, checked by the web layer for form and limits;
 * {@code shares} (percent per partner) only with the fixed rule, which the use case checks.
 */
public record FundDraft(String name, String purpose, String hostPartnerId, List<String> members, String financialYear,
                        String currency, List<String> indicatorCodes, RiskShareRule riskShareRule,
                        Map<String, BigDecimal> shares) {
}
