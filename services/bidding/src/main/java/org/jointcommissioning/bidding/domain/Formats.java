package org.jointcommissioning.bidding.domain;

/** Formats of the registration numbers of England and Wales. */
public final class Formats {

    /** Charity Commission: 6 or 7 digits, optionally a -NN suffix for a linked charity. */
    public static final String CHARITY_NUMBER = "^[0-9]{6,7}(-[0-9]{2})?$";
    /** Companies House: 8 characters, digits or a two-letter prefix (SC, NI, OC...) and 6 digits. */
    public static final String COMPANY_NUMBER = "^([0-9]{8}|[A-Z]{2}[0-9]{6})$";

    private Formats() {
    }
}
