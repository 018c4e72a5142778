package org.jointcommissioning.common.paging;

import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.common.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code page} and {@code size} query parameters, checked: page from 0 to {@value #MAX_PAGE}, size from 1 to
 * {@value #MAX_SIZE}. Deeper than that, a list is read by a cursor, not by page.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 100_000;

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        List<Problem.FieldError> errors = new ArrayList<>();
        if (p < 0 || p > MAX_PAGE) {
            errors.add(pageError());
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add(sizeError());
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        return new PageRequest(p, s);
    }

    /** What is wrong with the raw query values (null when absent), before any resource reads them. */
    public static List<Problem.FieldError> problemsWith(String page, String size) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (page != null && !(WHOLE_NUMBER.matcher(page).matches() && Integer.parseInt(page) <= MAX_PAGE)) {
            errors.add(pageError());
        }
        if (size != null && !(WHOLE_NUMBER.matcher(size).matches() && Integer.parseInt(size) >= 1
                && Integer.parseInt(size) <= MAX_SIZE)) {
            errors.add(sizeError());
        }
        return errors;
    }

    public int offset() {
        return page * size;
    }

    private static Problem.FieldError pageError() {
        return new Problem.FieldError("page", "must be a whole number from 0 to " + MAX_PAGE);
    }

    private static Problem.FieldError sizeError() {
        return new Problem.FieldError("size", "must be a whole number from 1 to " + MAX_SIZE);
    }
}
