package org.jointcommissioning.bidding.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a saved search asks for; every part is optional and the parts that are given must all hold. Keywords are
 * a web-search query matched as commissioning's search matches them; a list matches when the opportunity has any of
 * its entries; the value band compares with the sum of the lots' estimated values.
 */
public record AlertCriteria(String name, String keywords, List<String> themes, List<String> indicators,
                            BigDecimal minValue, BigDecimal maxValue, boolean reservedLotsOnly) {
}
