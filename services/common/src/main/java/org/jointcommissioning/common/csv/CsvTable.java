package org.jointcommissioning.common.csv;

/**
 * An answer that is also read as a CSV table ({@link CsvListWriter}): its rows are its {@code items}, or else its
 * first array. Only such answers, and plain JSON arrays, are candidates for {@code text/csv}, so that an operation
 * that does not produce CSV never has its media type chosen among more writers than JSON's.
 */
public interface CsvTable {
}
