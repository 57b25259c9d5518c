package se.tryggve;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries of docs/architecture.md, kept true by the build. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(TryggveApplication.class);

    @Test
    void modulesOnlyUseWhatTheyDeclare() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
