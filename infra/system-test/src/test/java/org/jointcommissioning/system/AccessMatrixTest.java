package org.jointcommissioning.system;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.response.Response;
import org.jointcommissioning.testing.contract.ContractValidation;
import org.jointcommissioning.testing.access.AccessCase;
import org.jointcommissioning.testing.access.AccessRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every operation of every contract, called as every persona through the gateway with real Keycloak tokens, against
 * fixtures with two funds of different members, indicators of two owners, opportunities of every state and bids of
 * two organisations: each answer must be the one that contracts/access/access-rules.yaml declares. The mismatches
 * are printed as one table.
 */
@ExtendWith(PlatformLauncher.class)
class AccessMatrixTest {

    private record Mismatch(String operation, String on, String persona, AccessCase.Expected expected, int status,
                            String detail) {
    }

    @Test
    void everyOperationAnswersEveryPersonaAsDeclared() {
        AccessRules rules = AccessRules.read(AccessRules.defaultFile());
        AccessFixtures fixtures = new AccessFixtures().create();
        AccessRequests requests = new AccessRequests(fixtures);
        List<Mismatch> mismatches = new ArrayList<>();
        int calls = 0;
        for (AccessRules.OperationRule rule : rules.operations().values()) {
            for (AccessCase accessCase : rule.cases()) {
                // Refusals first: they change nothing, so the allowed calls still find the fixture as it was.
                List<String> order = new ArrayList<>(accessCase.personas());
                order.sort((a, b) -> Boolean.compare(accessCase.allow().contains(a), accessCase.allow().contains(b)));
                for (String persona : order) {
                    AccessCase.Expected expected = accessCase.expected(persona);
                    calls++;
                    Response response;
                    try {
                        response = requests.send(rule, accessCase, persona);
                    } catch (OpenApiValidationFilter.OpenApiValidationException e) {
                        mismatches.add(new Mismatch(rule.operation(), accessCase.on(), persona, expected, -1,
                                "answer breaks the contract: " + ContractValidation.errorsOf(e.getValidationReport())));
                        continue;
                    }
                    int status = response.statusCode();
                    if (!accessCase.meets(expected, status) || status >= 500) {
                        mismatches.add(new Mismatch(rule.operation(), accessCase.on(), persona, expected, status,
                                detail(response)));
                    }
                }
            }
        }
        System.out.println("Access matrix: " + calls + " calls, " + mismatches.size() + " mismatches");
        if (!mismatches.isEmpty()) {
            fail(table(mismatches));
        }
    }

    private static String detail(Response response) {
        String body = response.asString();
        String detail = body == null ? "" : body.replaceAll("\\s+", " ");
        return detail.length() > 160 ? detail.substring(0, 160) + "…" : detail;
    }

    private static String table(List<Mismatch> mismatches) {
        StringBuilder table = new StringBuilder(mismatches.size() + " answers differ from contracts/access/access-rules.yaml:\n");
        table.append(String.format("%-58s %-20s %-22s %-8s %-6s %s%n", "operation", "on", "persona", "expected", "got", "answer"));
        for (Mismatch m : mismatches) {
            table.append(String.format("%-58s %-20s %-22s %-8s %-6d %s%n", m.operation(), m.on() == null ? "" : m.on(),
                    m.persona(), m.expected(), m.status(), m.detail()));
        }
        return table.toString();
    }
}
