package org.jointcommissioning.commissioning.config;

import io.smallrye.config.ConfigMapping;

/** How the 360Giving grants file names its grants, the organisations it has no identifier for, and its licence. */
@ConfigMapping(prefix = "platform.grants")
public interface GrantsConfig {

    /** The publisher's 360Giving prefix, such as {@code 360G-jcp}: it starts every grant's identifier. */
    String prefix();

    /** The licence the grants data is published under (a URI). */
    String license();
}
