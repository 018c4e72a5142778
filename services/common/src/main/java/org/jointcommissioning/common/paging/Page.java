package org.jointcommissioning.common.paging;

import java.util.List;
import java.util.function.Function;

/** A page of a list: {@code page} counts from 0, {@code total} is the number of items in all pages. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
