package org.jointcommissioning.common.money;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jointcommissioning.contracts.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money as an entity keeps it: {@code numeric(19,2)} and a currency code, embedded wherever an entity
 * holds money. Columns default to {@code amount} and {@code currency}; an entity with other names or several amounts
 * renames them with {@code @AttributeOverride}.
 */
@Embeddable
public class StoredMoney {

    @Column(name = "amount", precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "currency", length = 3)
    private String currency;

    protected StoredMoney() {
        // for JPA
    }

    private StoredMoney(BigDecimal amount, String currency) {
        this.amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        this.currency = Objects.requireNonNull(currency);
    }

    public static StoredMoney of(Money money) {
        return new StoredMoney(money.amount(), money.currency());
    }

    public static StoredMoney of(BigDecimal amount, String currency) {
        return new StoredMoney(amount, currency);
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public Money toMoney() {
        return Money.of(amount, currency);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredMoney that && amount.compareTo(that.amount) == 0 && currency.equals(that.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }
}
