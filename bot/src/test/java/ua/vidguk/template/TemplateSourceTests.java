package ua.vidguk.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateSourceTests {

    @TempDir
    Path dir;

    @Test
    void packagedTemplatesAreReadFromTheClasspath() {
        TemplateSource source = TestTemplates.packaged();

        assertThat(source.location()).isEqualTo("templates/");
        assertThat(source.files("surveys"))
                .extracting(TemplateFile::path, TemplateFile::name)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        "surveys/cnap-visit.yaml", "templates/surveys/cnap-visit.yaml"));
        assertThat(source.files("messages")).extracting(TemplateFile::path).contains("messages/uk/thanks.mustache");
    }

    @Test
    void aFolderReplacesThePackagedSetAsAWhole() {
        TestTemplates.write(dir, "surveys/other.yaml", "title: x\n");
        TestTemplates.write(dir, "surveys/.hidden.yaml", "ignored");
        TemplateSource source = TestTemplates.folder(dir);

        assertThat(source.files("surveys")).extracting(TemplateFile::path).containsExactly("surveys/other.yaml");
        assertThat(source.files("surveys").getFirst().name()).isEqualTo(dir.toAbsolutePath() + "/surveys/other.yaml");
        assertThat(source.files("messages")).isEmpty();
    }

    @Test
    void aMissingFolderFailsNamingIt() {
        Path missing = dir.resolve("nowhere");

        assertThatThrownBy(() -> TestTemplates.folder(missing))
                .isInstanceOf(TemplatesInvalid.class)
                .hasMessageContaining(missing + ": vidguk.templates-dir names no folder");
    }
}
