package io.tcemu;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering README's "Layout" section describes: the gateway is the top layer and nothing below
 * it reaches up; the engine knows no product; the store knows no engine; packages import each other
 * in one direction only.
 */
class LayeringTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.tcemu");

    @Test
    void nothingBelowTheGatewayImportsIt() {
        noClasses().that().resideInAnyPackage("io.tcemu.api..", "io.tcemu.product..", "io.tcemu.lifecycle..",
                        "io.tcemu.store..", "io.tcemu.spec..", "io.tcemu.dialect..", "io.tcemu.auth..")
                .should().dependOnClassesThat().resideInAPackage("io.tcemu.gateway..")
                .check(MAIN);
    }

    @Test
    void theEngineKnowsNoProduct() {
        noClasses().that().resideInAPackage("io.tcemu.lifecycle..")
                .should().dependOnClassesThat().resideInAPackage("io.tcemu.product..")
                .check(MAIN);
    }

    @Test
    void theStoreKnowsNoEngine() {
        noClasses().that().resideInAPackage("io.tcemu.store..")
                .should().dependOnClassesThat().resideInAnyPackage("io.tcemu.lifecycle..", "io.tcemu.product..")
                .check(MAIN);
    }

    @Test
    void theContractTypesDependOnNothingOfTheEmulator() {
        noClasses().that().resideInAPackage("io.tcemu.api..")
                .should().dependOnClassesThat().resideInAnyPackage("io.tcemu.gateway..", "io.tcemu.dialect..",
                        "io.tcemu.product..", "io.tcemu.lifecycle..", "io.tcemu.store..", "io.tcemu.spec..",
                        "io.tcemu.admin..", "io.tcemu.auth..")
                .check(MAIN);
    }

    @Test
    void productsAndDialectsDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("io.tcemu.product..")
                .should().dependOnClassesThat().resideInAnyPackage("io.tcemu.dialect..", "io.tcemu.admin..")
                .check(MAIN);
        noClasses().that().resideInAPackage("io.tcemu.dialect..")
                .should().dependOnClassesThat().resideInAnyPackage("io.tcemu.product..", "io.tcemu.lifecycle..",
                        "io.tcemu.store..", "io.tcemu.admin..")
                .check(MAIN);
    }

    @Test
    void noPackageCycles() {
        slices().matching("io.tcemu.(**)").should().beFreeOfCycles().check(MAIN);
    }
}
