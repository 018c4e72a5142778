package org.jointcommissioning.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The logs the platform's components write while the story runs ({@code .run/logs/<component>.log}). */
final class PlatformLogs {

    private PlatformLogs() {
    }

    /** What every copy of a service logged, one after the other. */
    static String ofEveryCopy(String service) {
        return String.join("\n", Platform.copies(service).stream().map(PlatformLogs::of).toList());
    }

    static String of(String component) {
        Path log = PlatformLauncher.root().resolve(".run/logs/" + component + ".log");
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
