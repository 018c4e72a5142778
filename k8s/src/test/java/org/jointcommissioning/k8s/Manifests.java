package org.jointcommissioning.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * An overlay rendered as kubectl would apply it: by kustomize, the program itself (no re-implementation). It is the
 * kustomize on the PATH, or the one built into kubectl ({@code kubectl kustomize}); KUSTOMIZE names another binary.
 */
final class Manifests {

    static final Path ROOT = repositoryRoot();
    static final String NAMESPACE = "joint-commissioning";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();

    private Manifests() {
    }

    /** The objects of k8s/overlays/{overlay}, in kustomize's order. */
    static List<ObjectNode> of(String overlay) {
        return RENDERED.computeIfAbsent(overlay, Manifests::render);
    }

    static String describe(JsonNode object) {
        return object.path("kind").asText() + "/" + object.path("metadata").path("name").asText();
    }

    private static List<ObjectNode> render(String overlay) {
        Path dir = ROOT.resolve("k8s/overlays").resolve(overlay);
        List<String> command = new ArrayList<>(kustomize());
        command.add(dir.toString());
        try {
            File out = File.createTempFile("kustomize-" + overlay, ".yaml");
            out.deleteOnExit();
            Process process = new ProcessBuilder(command).redirectOutput(out)
                    .redirectError(ProcessBuilder.Redirect.PIPE).start();
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("kustomize could not render " + dir + ":\n" + errors);
            }
            List<ObjectNode> objects = new ArrayList<>();
            try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(out)) {
                while (documents.hasNext()) {
                    JsonNode document = documents.next();
                    if (document != null && document.isObject()) {
                        objects.add((ObjectNode) document);
                    }
                }
            }
            return objects;
        } catch (IOException e) {
            throw new AssertionError("could not run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static List<String> kustomize() {
        String named = System.getenv("KUSTOMIZE");
        if (named != null && !named.isBlank()) {
            return List.of(named, "build");
        }
        if (onPath("kustomize")) {
            return List.of("kustomize", "build");
        }
        if (onPath("kubectl")) {
            return List.of("kubectl", "kustomize");
        }
        throw new AssertionError("Rendering the manifests needs kustomize: install kustomize or kubectl (which has it"
                + " built in), or set KUSTOMIZE to its path. See k8s/README.md.");
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("not inside the repository: no mvnw above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
