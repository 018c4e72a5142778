package org.jointcommissioning.commissioning.service;

import org.jointcommissioning.commissioning.domain.Award;
import org.jointcommissioning.commissioning.domain.Framework;
import org.jointcommissioning.commissioning.domain.OpenedBid;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.commissioning.domain.Partner;

import java.util.List;
import java.util.Optional;

/**
 * An announced award of an opportunity on the grant route, with what the 360Giving file says of it: the
 * opportunity, the framework (its grant programme), the successful application and the funders (the awarding
 * partner first, then the partners that paid into the fund).
 */
public record Grant(Award award, Opportunity opportunity, Framework programme, OpenedBid application,
                    List<Funder> funders) {

    /** A funding partner, named when commissioning has heard its name. */
    public record Funder(String partnerId, Optional<Partner> named) {
    }
}
