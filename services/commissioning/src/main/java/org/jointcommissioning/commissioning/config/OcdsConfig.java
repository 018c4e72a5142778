package org.jointcommissioning.commissioning.config;

import io.smallrye.config.ConfigMapping;

/** How the open-data feed names its contracting processes and its publisher. */
@ConfigMapping(prefix = "platform.ocds")
public interface OcdsConfig {

    /** Registered prefix of every ocid, such as {@code ocds-jcp001-}; the opportunity id follows it. */
    String ocidPrefix();

    String publisherName();

    String publisherUri();
}
