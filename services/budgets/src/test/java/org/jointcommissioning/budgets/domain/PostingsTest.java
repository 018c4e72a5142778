package org.jointcommissioning.budgets.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PostingsTest {

    private static final BigDecimal AMOUNT = Amounts.of("1234.56");

    @Test
    void everyMovementBalances() {
        List<List<Posting>> movements = List.of(Postings.pledge("nhs-trust", AMOUNT), Postings.receipt("nhs-trust", AMOUNT),
                Postings.additionalReceipt("nhs-trust", AMOUNT), Postings.reserve(AMOUNT), Postings.commit(AMOUNT),
                Postings.releaseReserved(AMOUNT), Postings.releaseCommitted(AMOUNT), Postings.payment(AMOUNT));
        for (List<Posting> lines : movements) {
            assertEquals(0, lines.stream().map(Posting::net).reduce(BigDecimal.ZERO, BigDecimal::add).signum());
        }
    }

    @Test
    void refusesLinesThatDoNotBalance() {
        List<Posting> lines = List.of(Posting.debit(Account.CASH, AMOUNT),
                Posting.credit(Account.SPENT, Amounts.of("1234.55")));
        assertThrows(IllegalArgumentException.class, () -> Postings.balanced(lines));
        assertThrows(IllegalArgumentException.class, () -> Postings.balanced(List.of()));
    }

    @Test
    void refusesMalformedLines() {
        assertThrows(IllegalArgumentException.class, () -> Posting.debit(Account.CASH, new BigDecimal("-1.00")));
        assertThrows(ArithmeticException.class, () -> Posting.debit(Account.CASH, new BigDecimal("1.001")));
        assertThrows(IllegalArgumentException.class, () -> Posting.debit(Account.PLEDGES_RECEIVABLE, AMOUNT));
        assertThrows(IllegalArgumentException.class, () -> Posting.debit(Account.CASH, "county-council", AMOUNT));
    }
}
