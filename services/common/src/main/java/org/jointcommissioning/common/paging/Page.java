package org.jointcommissioning.common.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.common.csv.CsvTable;

import java.util.List;
import java.util.function.Function;

/** A page of a list: {@code page} counts from 0, {@code total} is the number of items in all pages; also a CSV table. */
public record Page<T>(
        @Schema(required = true, maxItems = PageRequest.MAX_SIZE, description = "This page's items, in the list's stated order")
        List<T> items,
        @Schema(required = true, minimum = "0", maximum = "" + PageRequest.MAX_PAGE, description = "The page, counted from 0")
        int page,
        @Schema(required = true, minimum = "1", maximum = "" + PageRequest.MAX_SIZE, description = "The most items a page holds")
        int size,
        @Schema(required = true, minimum = "0", maximum = "9007199254740991", description = "The items in all pages")
        long total) implements CsvTable {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
