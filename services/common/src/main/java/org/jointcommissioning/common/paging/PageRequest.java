package org.jointcommissioning.common.paging;

import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.common.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;

/** The {@code page} and {@code size} query parameters, checked: page from 0, size from 1 to 100. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        List<Problem.FieldError> errors = new ArrayList<>();
        if (p < 0) {
            errors.add(new Problem.FieldError("page", "must be 0 or more"));
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add(new Problem.FieldError("size", "must be between 1 and " + MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return page * size;
    }
}
