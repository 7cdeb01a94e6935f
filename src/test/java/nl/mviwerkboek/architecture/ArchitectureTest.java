package nl.mviwerkboek.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of docs/architecture.md, checked on the compiled main classes. */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.mviwerkboek");
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("nl.mviwerkboek.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void sharedPackagesHaveNoCycles() {
        slices().matching("nl.mviwerkboek.shared.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void sharedDependsOnNoFeature() {
        noClasses().that().resideInAPackage("nl.mviwerkboek.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.mviwerkboek.app..", "nl.mviwerkboek.cli..",
                        "nl.mviwerkboek.plan..", "nl.mviwerkboek.overview..", "nl.mviwerkboek.sample..")
                .check(main);
    }

    @Test
    void onlyStorageClassesAndTheDatabasePackageRunSql() {
        DescribedPredicate<JavaClass> sqlWork = new DescribedPredicate<>("run SQL (java.sql beyond Connection)") {
            @Override
            public boolean test(JavaClass c) {
                return c.getPackageName().equals("java.sql") && !c.isEquivalentTo(Connection.class)
                        && !c.isEquivalentTo(SQLException.class);
            }
        };
        noClasses().that().haveNameNotMatching(".*Storage(\\$.*)?")
                .and().resideOutsideOfPackage("nl.mviwerkboek.shared.db..")
                .should().dependOnClassesThat(sqlWork).check(main);
    }

    @Test
    void onlyTheImportExportPackageTouchesPoi() {
        noClasses().that().resideOutsideOfPackage("nl.mviwerkboek.exchange..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
                .allowEmptyShould(true).check(main);
    }

    @Test
    void viewModelsNeverTouchControlsOrWindows() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(main);
    }

    @Test
    void storageClassesKnowNothingOfJavaFx() {
        noClasses().that().haveSimpleNameEndingWith("Storage")
                .should().dependOnClassesThat().resideInAPackage("javafx..").check(main);
    }

    @Test
    void onlyTheCommandLineOutputWritesToTheConsole() {
        noClasses().that().doNotHaveFullyQualifiedName("nl.mviwerkboek.cli.CliOutput")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS).check(main);
    }

    @Test
    void everyFeaturePackageSaysWhatItIsFor() {
        classes().that().resideInAnyPackage("nl.mviwerkboek..").should(new PackageInfoCondition()).check(main);
    }
}
