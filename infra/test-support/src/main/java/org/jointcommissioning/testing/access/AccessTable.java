package org.jointcommissioning.testing.access;

import java.util.stream.Collectors;

/** The access rules as the Markdown table that README.md shows, between its access-rules markers. */
public final class AccessTable {

    public static final String START = "<!-- access-rules:start (generated from contracts/access/access-rules.yaml) -->";
    public static final String END = "<!-- access-rules:end -->";

    private AccessTable() {
    }

    public static String markdown(AccessRules rules) {
        return rules.operations().values().stream()
                .map(rule -> "| `" + rule.operation() + "` | " + rule.who() + " |")
                .collect(Collectors.joining("\n", "| operation | who may call it |\n|---|---|\n", "\n"));
    }

    /** The document with the table between the markers replaced by the current one. */
    public static String replaceIn(String document, AccessRules rules) {
        int start = document.indexOf(START);
        int end = document.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("No access-rules markers in the document");
        }
        return document.substring(0, start + START.length()) + "\n" + markdown(rules) + document.substring(end);
    }
}
