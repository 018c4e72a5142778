package org.jointcommissioning.gateway.routing;

/** A service behind the gateway: its name (used in problems and health) and its copies. */
public record Service(String name, UpstreamPool upstreams) {
}
