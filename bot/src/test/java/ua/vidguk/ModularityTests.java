package ua.vidguk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(VidgukApplication.class);

    @Test
    void featuresOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    /** docs/architecture.md links the committed diagram: it must show the modules as they are. */
    @Test
    void theCommittedModuleDiagramIsTheOneTheCodeDraws() throws IOException {
        var documenter = new Documenter(modules);
        documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

        Path drawn = Path.of("target", "spring-modulith-docs", "components.puml");
        // As sets of lines: the documenter lists the same relations in varying order.
        assertThat(Files.readAllLines(RepositoryRoot.find().resolve("docs/modules.puml")))
                .as("docs/modules.puml: copy %s there", drawn.toAbsolutePath())
                .containsExactlyInAnyOrderElementsOf(Files.readAllLines(drawn));
    }
}
