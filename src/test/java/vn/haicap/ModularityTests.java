package vn.haicap;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    // whatever the build folder is called (parallel builds use target-*/)
    private static final ImportOption PRODUCTION_CLASSES_ONLY = location -> !location.contains("/test-classes/");

    private final ApplicationModules modules = ApplicationModules.of(HaicapApplication.class, PRODUCTION_CLASSES_ONLY);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("adminunit", "address", "account", "audit", "platform", "shared");
    }

    @Test
    void writesTheModuleDiagrams() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(new java.io.File("docs/modules/components.puml")).exists();
    }
}
