package vn.haicap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.haicap");

    @Test
    void domainCodeNeverDependsOnWebCode() {
        noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..web..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void matchingAndBatchCodeDoNotDependOnTheWebLayer() {
        noClasses()
                .that()
                .resideInAnyPackage("..matching..", "..batch..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..web..", "org.springframework.web..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void noCodeThrowsBareRuntimeExceptions() {
        noClasses()
                .that()
                .areNotAssignableTo(Throwable.class)
                .should()
                .callConstructor(RuntimeException.class, String.class)
                .orShould()
                .callConstructor(RuntimeException.class)
                .orShould()
                .callConstructor(Exception.class, String.class)
                .check(classes);
    }
}
