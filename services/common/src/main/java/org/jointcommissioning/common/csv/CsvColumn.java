package org.jointcommissioning.common.csv;

import com.fasterxml.jackson.core.JsonPointer;

/**
 * One column of a list's CSV: its header, the dotted path of a property of the item's JSON ({@code amount.amount}),
 * and where that value sits in the item's JSON tree.
 */
public record CsvColumn(String name, JsonPointer pointer) {

    static CsvColumn at(String dottedName) {
        StringBuilder path = new StringBuilder();
        for (String part : dottedName.split("[.]")) {
            path.append('/').append(part.replace("~", "~0").replace("/", "~1"));
        }
        return new CsvColumn(dottedName, JsonPointer.compile(path.toString()));
    }
}
