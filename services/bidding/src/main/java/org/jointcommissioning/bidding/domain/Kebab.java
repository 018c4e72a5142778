package org.jointcommissioning.bidding.domain;

/** The lower-case kebab-case JSON value of an enum constant (CHARITABLE_INCORPORATED_ORGANISATION → charitable-incorporated-organisation). */
final class Kebab {

    private Kebab() {
    }

    static String of(Enum<?> value) {
        return value.name().toLowerCase().replace('_', '-');
    }
}
