package org.jointcommissioning.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
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

    /**
     * The one shape of a service, beyond the layering: {@code rest} → {@code service} → {@code domain} ←
     * {@code repository}, with {@code events} delegating to {@code service}. Nothing below the web depends on the
     * web's records; resources reach data only through use cases; data is reached one way, through repositories
     * (entities are plain, no active record; no entity manager outside a repository); and {@code @QuarkusTest}
     * classes are named {@code *ResourceTest} (through the API) or {@code *EventsTest} (through Kafka), plain
     * {@code *Test} classes need no Quarkus.
     */
    public static void assertOneShape(String service) {
        String root = "org.jointcommissioning." + service;
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root);

        noClasses().that().resideInAnyPackage(root + ".service..", root + ".domain..", root + ".events..",
                        root + ".repository..")
                .should().dependOnClassesThat().resideInAPackage(root + ".rest..")
                .because("the web's records belong to the web: use cases take and return domain types")
                .check(main);

        noClasses().that().resideInAnyPackage(root + ".rest..", root + ".events..")
                .should().dependOnClassesThat().resideInAPackage(root + ".repository..")
                .because("resources and consumers go through a use case, where the access checks and transactions are")
                .check(main);

        noClasses().that().resideOutsideOfPackage(root + ".repository..")
                .should().dependOnClassesThat().areAssignableTo("jakarta.persistence.EntityManager")
                .orShould().dependOnClassesThat().resideInAPackage("io.quarkus.hibernate.orm.panache..")
                .because("data is reached one way: through a repository")
                .check(main);

        noClasses().should().beAssignableTo("io.quarkus.hibernate.orm.panache.PanacheEntityBase")
                .because("entities are plain: queries live in repositories, not in static methods of the entity")
                .check(main);

        JavaClasses tests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages(root);
        classes().that().areAnnotatedWith("io.quarkus.test.junit.QuarkusTest")
                .should().haveSimpleNameEndingWith("ResourceTest").orShould().haveSimpleNameEndingWith("EventsTest")
                .because("a test's name says whether it starts the service")
                .allowEmptyShould(true)
                .check(tests);
        classes().that().haveSimpleNameEndingWith("ResourceTest").or().haveSimpleNameEndingWith("EventsTest")
                .and().doNotHaveModifier(JavaModifier.ABSTRACT)
                .should().beAnnotatedWith("io.quarkus.test.junit.QuarkusTest")
                .because("a test named for the API or for events runs against the started service")
                .allowEmptyShould(true)
                .check(tests);
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
