package org.jointcommissioning.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The logs the platform's components write while the story runs ({@code .run/logs/<component>.log}). */
final class PlatformLogs {

    static final List<String> SERVICES = List.of("commissioning", "bidding", "budgets", "outcomes");
    static final List<String> APPLICATIONS = List.of("gateway", "commissioning", "bidding", "budgets", "outcomes");

    private PlatformLogs() {
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
