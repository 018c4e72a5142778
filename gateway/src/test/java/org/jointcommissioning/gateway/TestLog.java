package org.jointcommissioning.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The lines the gateway writes to its test log file (target/gateway-test.log) from a given moment on. */
final class TestLog {

    private static final Path FILE = Path.of("target/gateway-test.log");

    private final long start;

    private TestLog(long start) {
        this.start = start;
    }

    static TestLog fromNow() {
        return new TestLog(size());
    }

    /** The lines since then at WARN or ERROR. */
    List<String> warningsAndErrors() {
        return linesSince().stream().filter(line -> line.contains(" WARN ") || line.contains(" ERROR ")).toList();
    }

    private List<String> linesSince() {
        try {
            byte[] all = Files.readAllBytes(FILE);
            String text = new String(Arrays.copyOfRange(all, (int) Math.min(start, all.length), all.length),
                    StandardCharsets.UTF_8);
            return text.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size() {
        try {
            return Files.exists(FILE) ? Files.size(FILE) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
