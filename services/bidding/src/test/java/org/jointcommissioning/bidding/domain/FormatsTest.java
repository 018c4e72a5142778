package org.jointcommissioning.bidding.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The registration numbers of England and Wales that a profile or a consortium member may give. */
class FormatsTest {

    @ParameterizedTest(name = "charity number {0}: {1}")
    @CsvSource({
            "123456, true", "1234567, true", "1234567-01, true", "123456-12, true",
            "12345, false", "12345678, false", "1234567-1, false", "1234567-001, false", "SC123456, false",
            "'1234567 ', false", "12a4567, false"})
    void aCharityNumberHasSixOrSevenDigitsAndMayNameALinkedCharity(String number, boolean valid) {
        assertEquals(valid, number.matches(Formats.CHARITY_NUMBER));
    }

    @ParameterizedTest(name = "company number {0}: {1}")
    @CsvSource({
            "01234567, true", "SC123456, true", "NI012345, true", "OC301234, true",
            "1234567, false", "123456789, false", "sc123456, false", "S1234567, false", "SC12345, false",
            "SC1234567, false", "'SC 12345', false"})
    void aCompanyNumberHasEightDigitsOrATwoLetterPrefixAndSix(String number, boolean valid) {
        assertEquals(valid, number.matches(Formats.COMPANY_NUMBER));
    }
}
