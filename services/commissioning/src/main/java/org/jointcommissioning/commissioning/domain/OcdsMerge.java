package org.jointcommissioning.commissioning.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OCDS 1.1 merging: a contracting process's releases, oldest first, folded into its compiled release. Each release
 * overrides what it states; a null removes a field; objects merge field by field; an array of objects that all carry
 * an {@code id} merges item by item by that id (new ids appended, in order); other arrays, and those the schema marks
 * {@code wholeListMerge}, are replaced whole. A release's own {@code id}, {@code date} and {@code tag} are not merged.
 */
public final class OcdsMerge {

    private static final Set<String> OMIT_WHEN_MERGED = Set.of("id", "date", "tag");
    private static final Set<String> WHOLE_LIST_MERGE = Set.of("additionalIdentifiers", "additionalClassifications");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OcdsMerge() {
    }

    /** The compiled release of releases given oldest first: tagged {@code compiled}, dated by the newest. */
    public static ObjectNode compile(String ocid, List<JsonNode> releases) {
        ObjectNode compiled = NODES.objectNode();
        String date = null;
        for (JsonNode release : releases) {
            release.fields().forEachRemaining(field -> {
                if (!OMIT_WHEN_MERGED.contains(field.getKey())) {
                    put(compiled, field.getKey(), field.getValue());
                }
            });
            date = release.path("date").asText(date);
        }
        compiled.put("ocid", ocid);
        compiled.put("id", ocid + "-" + date);
        compiled.put("date", date);
        compiled.set("tag", NODES.arrayNode().add("compiled"));
        return compiled;
    }

    private static void put(ObjectNode target, String name, JsonNode value) {
        if (value.isNull()) {
            target.remove(name);
        } else if (value.isObject() && target.path(name).isObject()) {
            mergeObject((ObjectNode) target.get(name), value);
        } else if (value.isArray() && !WHOLE_LIST_MERGE.contains(name) && identified(value)
                && (target.path(name).isArray() && identified(target.get(name)))) {
            target.set(name, mergeById((ArrayNode) target.get(name), value));
        } else {
            target.set(name, withoutNulls(value));
        }
    }

    private static void mergeObject(ObjectNode target, JsonNode patch) {
        patch.fields().forEachRemaining(field -> put(target, field.getKey(), field.getValue()));
    }

    private static ArrayNode mergeById(ArrayNode earlier, JsonNode later) {
        Map<String, ObjectNode> byId = new LinkedHashMap<>();
        earlier.forEach(item -> byId.put(item.get("id").asText(), (ObjectNode) item.deepCopy()));
        later.forEach(item -> {
            ObjectNode existing = byId.get(item.get("id").asText());
            if (existing == null) {
                byId.put(item.get("id").asText(), (ObjectNode) withoutNulls(item));
            } else {
                mergeObject(existing, item);
            }
        });
        ArrayNode merged = NODES.arrayNode();
        byId.values().forEach(merged::add);
        return merged;
    }

    /** True when every item is an object with an id (an empty array has nothing to merge by). */
    private static boolean identified(JsonNode array) {
        if (array.isEmpty()) {
            return false;
        }
        for (JsonNode item : array) {
            if (!item.isObject() || !item.hasNonNull("id")) {
                return false;
            }
        }
        return true;
    }

    /** A fresh value, with the nulls a first statement would carry left out. */
    private static JsonNode withoutNulls(JsonNode value) {
        if (value.isObject()) {
            ObjectNode copy = NODES.objectNode();
            value.fields().forEachRemaining(field -> {
                if (!field.getValue().isNull()) {
                    copy.set(field.getKey(), withoutNulls(field.getValue()));
                }
            });
            return copy;
        }
        if (value.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            value.forEach(item -> copy.add(withoutNulls(item)));
            return copy;
        }
        return value.deepCopy();
    }
}
