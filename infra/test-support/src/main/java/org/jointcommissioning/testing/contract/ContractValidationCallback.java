package org.jointcommissioning.testing.contract;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Installs {@link ContractValidation} for every {@code @QuarkusTest} of a service, so that no test can forget it.
 * Loaded by Quarkus in the tests' own class loader, so the filter lands on the REST Assured that the tests use.
 */
public class ContractValidationCallback implements QuarkusTestBeforeEachCallback {

    private static volatile boolean installed;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (installed || Boolean.getBoolean("contract.validation.skip")) {
            return;
        }
        synchronized (ContractValidationCallback.class) {
            if (!installed) {
                ContractValidation.serviceOfThisModule()
                        .ifPresent(service -> RestAssured.filters(ContractValidation.filterFor(service)));
                installed = true;
            }
        }
    }
}
