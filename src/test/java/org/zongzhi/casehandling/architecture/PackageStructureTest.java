package org.zongzhi.casehandling.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages form layers, not a web: a cycle lets a change in one feature break another for
 * reasons nobody can see from its imports. See docs/architecture.md for the picture.
 */
class PackageStructureTest {

    private static final String ROOT = "org.zongzhi.casehandling";
    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void noPackageDependsOnItselfThroughAnother() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(product);
    }

    @Test
    void theLedgerDependsOnNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".cases..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        ROOT + ".intake..", ROOT + ".assessment..", ROOT + ".assignment..", ROOT + ".supervision..",
                        ROOT + ".letters..", ROOT + ".deadlines..", ROOT + ".feedback..", ROOT + ".risk..",
                        ROOT + ".workflow..", ROOT + ".web..", ROOT + ".audit..", ROOT + ".directory..",
                        ROOT + ".engineguard..", ROOT + ".login..", ROOT + ".casefile..", ROOT + ".demo..")
                .check(product);
    }
}
