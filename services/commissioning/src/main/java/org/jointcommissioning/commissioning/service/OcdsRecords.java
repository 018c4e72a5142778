package org.jointcommissioning.commissioning.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jointcommissioning.commissioning.config.OcdsConfig;
import org.jointcommissioning.commissioning.domain.OcdsMerge;
import org.jointcommissioning.commissioning.domain.OcdsRecord;
import org.jointcommissioning.commissioning.domain.OcdsRelease;
import org.jointcommissioning.commissioning.repository.OcdsReleaseRepository;
import org.jointcommissioning.common.json.EventJson;
import org.jointcommissioning.common.paging.Cursor;
import org.jointcommissioning.common.problem.ProblemException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The OCDS records: each contracting process's releases compiled by the OCDS merging rules, one or a page at a time. */
@ApplicationScoped
public class OcdsRecords {

    @Inject
    OcdsReleaseRepository releases;

    @Inject
    OcdsConfig config;

    public record Slice(List<OcdsRecord> records, String next) {
    }

    /** The record of one process; 404 when no release names that ocid. */
    public OcdsRecord record(String ocid) {
        String prefix = config.ocidPrefix();
        List<OcdsRelease> rows = ocid.startsWith(prefix) && ocid.length() > prefix.length()
                ? releases.ofProcesses(List.of(ocid.substring(prefix.length())))
                : List.of();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Contracting process", ocid);
        }
        return compile(ocid, rows);
    }

    /** The records of processes in the order they were first released, from a cursor on. */
    public Slice read(String cursor, int limit) {
        List<OcdsRelease> firsts = releases.firstReleasesAfter(Cursor.positionOf(cursor, "cursor"), limit + 1);
        String next = null;
        if (firsts.size() > limit) {
            firsts = firsts.subList(0, limit);
            next = Cursor.of(firsts.get(firsts.size() - 1).position);
        }
        if (firsts.isEmpty()) {
            return new Slice(List.of(), null);
        }
        Map<String, List<OcdsRelease>> byProcess = releases.ofProcesses(firsts.stream().map(r -> r.opportunityId).toList())
                .stream().collect(Collectors.groupingBy(r -> r.opportunityId, LinkedHashMap::new, Collectors.toList()));
        List<OcdsRecord> records = firsts.stream()
                .map(first -> compile(config.ocidPrefix() + first.opportunityId, byProcess.get(first.opportunityId)))
                .toList();
        return new Slice(records, next);
    }

    private static OcdsRecord compile(String ocid, List<OcdsRelease> rows) {
        List<JsonNode> bodies = rows.stream().map(OcdsRecords::json).toList();
        return new OcdsRecord(ocid, bodies, OcdsMerge.compile(ocid, bodies));
    }

    static JsonNode json(OcdsRelease release) {
        try {
            return EventJson.mapper().readTree(release.body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored release " + release.releaseId + " is not JSON", e);
        }
    }
}
