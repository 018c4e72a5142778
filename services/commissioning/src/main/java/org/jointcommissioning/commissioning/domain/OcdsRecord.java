package org.jointcommissioning.commissioning.domain;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** A contracting process as OCDS records it: every release, oldest first, and the compiled release. */
public record OcdsRecord(String ocid, List<JsonNode> releases, JsonNode compiledRelease) {
}
