package org.jointcommissioning.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layering every service keeps (packages rest, service, domain, repository, events): the domain knows
 * nothing of the web, the use cases or messaging, so its rules can be read and tested on their own; nothing
 * but the REST layer depends on it; and no service reaches into another service's code.
 */
public final class ArchitectureRules {

    private static final String[] SERVICES = {"commissioning", "bidding", "budgets", "outcomes"};

    private ArchitectureRules() {
    }

    /** Checks the rules on the main classes of the service whose root package is {@code org.jointcommissioning.<service>}. */
    public static void assertLayeredService(String service) {
        String root = "org.jointcommissioning." + service;
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root);

        noClasses().that().resideInAPackage(root + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        root + ".rest..", root + ".service..", root + ".events..", root + ".client..")
                .because("the domain holds the rules, free of the web, the use cases and messaging")
                .check(classes);

        noClasses().that().resideInAnyPackage(root + ".domain..", root + ".repository..", root + ".service..",
                        root + ".events..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..")
                .because("only the REST layer speaks HTTP")
                .check(classes);

        for (String other : SERVICES) {
            if (!other.equals(service)) {
                noClasses().should().dependOnClassesThat().resideInAPackage("org.jointcommissioning." + other + "..")
                        .because("services share only the contracts and the toolkit")
                        .check(classes);
            }
        }
    }
}
