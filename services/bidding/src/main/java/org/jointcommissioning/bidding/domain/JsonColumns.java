package org.jointcommissioning.bidding.domain;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;
import org.jointcommissioning.contracts.events.CriterionSummary;
import org.jointcommissioning.contracts.events.LotSummary;

import java.util.List;

/** The JSON columns of this service's entities. */
public final class JsonColumns {

    private JsonColumns() {
    }

    @Converter
    public static class Strings extends JsonColumn<List<String>> {
        public Strings() {
            super(new TypeReference<>() { });
        }
    }

    @Converter
    public static class Lots extends JsonColumn<List<LotSummary>> {
        public Lots() {
            super(new TypeReference<>() { });
        }
    }

    @Converter
    public static class Criteria extends JsonColumn<List<CriterionSummary>> {
        public Criteria() {
            super(new TypeReference<>() { });
        }
    }

    @Converter
    public static class Content extends JsonColumn<BidContent> {
        public Content() {
            super(new TypeReference<>() { });
        }
    }
}
