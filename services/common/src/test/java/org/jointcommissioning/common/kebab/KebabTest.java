package org.jointcommissioning.common.kebab;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class KebabTest {

    enum Polarity { HIGHER_IS_BETTER, LOWER_IS_BETTER }

    static class PolarityColumn extends KebabConverter<Polarity> {
        PolarityColumn() {
            super(Polarity.class);
        }
    }

    @Test
    void aConstantIsSpelledInLowerCaseKebab() {
        assertEquals("higher-is-better", Kebab.of(Polarity.HIGHER_IS_BETTER));
    }

    @Test
    void onlyTheExactSpellingFindsTheConstant() {
        assertEquals(Optional.of(Polarity.LOWER_IS_BETTER), Kebab.find(Polarity.class, "lower-is-better"));
        assertEquals(Optional.empty(), Kebab.find(Polarity.class, "LOWER_IS_BETTER"));
        assertEquals(Optional.empty(), Kebab.find(Polarity.class, "Lower-Is-Better"));
    }

    @Test
    void aColumnStoresTheSameSpellingAndRefusesAnUnknownOne() {
        PolarityColumn column = new PolarityColumn();
        assertEquals("lower-is-better", column.convertToDatabaseColumn(Polarity.LOWER_IS_BETTER));
        assertEquals(Polarity.HIGHER_IS_BETTER, column.convertToEntityAttribute("higher-is-better"));
        assertThrows(IllegalStateException.class, () -> column.convertToEntityAttribute("sideways"));
    }
}
