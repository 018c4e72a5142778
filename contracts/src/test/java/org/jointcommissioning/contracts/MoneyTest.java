package org.jointcommissioning.contracts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jointcommissioning.contracts.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MoneyTest {

    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void travelsAsADecimalString() throws Exception {
        assertEquals("{\"amount\":\"500000.00\",\"currency\":\"GBP\"}", json.writeValueAsString(Money.gbp("500000")));
    }

    @Test
    void readsADecimalStringOrANumberExactly() throws Exception {
        assertEquals(new BigDecimal("0.10"),
                json.readValue("{\"amount\": \"0.10\", \"currency\": \"GBP\"}", Money.class).amount());
        assertEquals(new BigDecimal("0.1"), json.readValue("{\"amount\": 0.1, \"currency\": \"GBP\"}", Money.class).amount());
    }
}
