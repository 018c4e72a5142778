package org.jointcommissioning.system;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the whole platform with {@code infra/platform up} before the story, and stops it afterwards
 * with {@code infra/platform down}. The services always start afresh from the jars this build just made, on
 * databases of the test's own that are dropped and made again ({@code --fresh-databases}), so the tests never pass
 * against older code or trip over what an earlier run left. A platform that was already running is left running
 * afterwards. With {@code -Dsystem-test.replicas=N} the platform runs N copies of each service behind the gateway.
 */
public class PlatformLauncher implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    /**
     * The story runs on databases of its own, made afresh each run, whatever earlier runs or builds left in others;
     * after the caller's own PLATFORM_DB_PREFIX, if any, so that two platforms on one PostgreSQL keep apart.
     */
    static final String DB_PREFIX = System.getenv().getOrDefault("PLATFORM_DB_PREFIX", "") + "systemtest_";
    /** How long every standstill lasts on the platform the system test starts. */
    static final java.time.Duration STANDSTILL = java.time.Duration.ofSeconds(30);

    private static boolean started;
    private static boolean startedHere;

    static Path root() {
        return Path.of(System.getProperty("platform.root", "../..")).toAbsolutePath().normalize();
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) throws Exception {
        if (started) {
            return;
        }
        started = true;
        boolean alreadyUp = Gateway.isUp();
        run(List.of("infra/platform", "up", "--fresh-databases", "--replicas", String.valueOf(Platform.REPLICAS)), 20);
        startedHere = !alreadyUp;
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put("platform", this);
    }

    @Override
    public void close() throws Exception {
        if (startedHere) {
            run(List.of("infra/platform", "down"), 3);
        }
    }

    /** Runs the launcher with these arguments (for example {@code stop budgets-2}) on the test's databases. */
    static void platform(int minutes, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("infra/platform"));
        command.addAll(List.of(arguments));
        run(command, minutes);
    }

    private static void run(List<String> command, int minutes) throws IOException, InterruptedException {
        Path log = Files.createTempFile("platform-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(root().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PLATFORM_DB_PREFIX", DB_PREFIX);
        // Standstills short enough for the story to walk an award through one, and long enough to challenge in it.
        builder.environment().put("PLATFORM_STANDSTILL_DEMO_LENGTH", STANDSTILL.toString());
        Process process = builder.start();
        boolean finished = process.waitFor(minutes, TimeUnit.MINUTES);
        String output = Files.readString(log);
        System.out.println(output);
        if (!finished) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in " + minutes + " minutes");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }
}
