package org.jointcommissioning.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class RealmImportTest {

    @Test
    void theClusterImportsTheLocalRealmWithoutItsDemoUsers() throws Exception {
        if (Boolean.getBoolean("realm.update")) {
            RealmImport.write();
        }
        String rendered = RealmImport.render();
        assertFalse(rendered.contains("credentials"), "no demo user or password may reach the cluster's realm");
        assertEquals(rendered, Files.readString(RealmImport.RENDERED),
                "k8s/base/keycloak-realm-import.yaml is out of date with infra/keycloak/commissioning-realm.json: run"
                        + " ./mvnw -pl k8s test -Dtest=RealmImportTest -Drealm.update=true");
    }
}
