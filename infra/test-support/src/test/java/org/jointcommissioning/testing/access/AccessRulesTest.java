package org.jointcommissioning.testing.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The access declaration covers exactly the operations of the four contracts, and README shows it as it is.
 * Run with {@code -Daccess.update=true} to rewrite README's table after changing the declaration.
 */
class AccessRulesTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Path RULES = AccessRules.defaultFile();
    private static final Path ROOT = RULES.getParent().getParent().getParent();

    @Test
    void everyOperationOfEveryContractHasARuleAndEveryRuleAnOperation() throws IOException {
        Set<String> declared = new TreeSet<>(AccessRules.read(RULES).operations().keySet());
        Set<String> inContracts = new TreeSet<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (var files = Files.list(ROOT.resolve("contracts/openapi"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                JsonNode paths = yaml.readTree(file.toFile()).get("paths");
                paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
                    if (METHODS.contains(method)) {
                        inContracts.add(method.toUpperCase() + " " + path.getKey());
                    }
                }));
            }
        }
        Set<String> undeclared = new TreeSet<>(inContracts);
        undeclared.removeAll(declared);
        Set<String> unknown = new TreeSet<>(declared);
        unknown.removeAll(inContracts);
        assertTrue(undeclared.isEmpty(), "Operations with no access rule: " + undeclared);
        assertTrue(unknown.isEmpty(), "Access rules for operations that no contract has: " + unknown);
    }

    @Test
    void everyCaseDecidesForEveryPersona() {
        AccessRules rules = AccessRules.read(RULES);
        rules.operations().values().forEach(rule -> {
            assertTrue(!rule.cases().isEmpty(), rule.operation() + " has no case");
            boolean hasParameters = rule.path().contains("{");
            rule.cases().forEach(c -> {
                assertTrue(!hasParameters || c.on() != null, rule.operation() + ": a case needs `on` for the path");
                rules.personas().keySet().forEach(p -> c.expected(p));
            });
        });
    }

    @Test
    void readmeShowsTheDeclaredRules() throws IOException {
        AccessRules rules = AccessRules.read(RULES);
        Path readme = ROOT.resolve("README.md");
        String current = Files.readString(readme);
        String expected = AccessTable.replaceIn(current, rules);
        if (Boolean.getBoolean("access.update")) {
            Files.writeString(readme, expected);
            return;
        }
        assertEquals(expected, current, "README's access table differs from contracts/access/access-rules.yaml; "
                + "rebuild it with -Daccess.update=true");
    }
}
