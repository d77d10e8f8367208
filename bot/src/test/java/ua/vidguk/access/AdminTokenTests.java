package ua.vidguk.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.vidguk.VidgukProperties;

class AdminTokenTests {

    @TempDir
    Path dataDir;

    @Test
    void withoutConfigurationATokenIsGeneratedOnceAndKeptForTheOwnerOnly() throws IOException {
        var first = new AdminToken(new AccessProperties(null), properties());
        Path file = dataDir.resolve(AdminToken.FILE_NAME);
        String kept = Files.readString(file).strip();

        var afterRestart = new AdminToken(new AccessProperties(" "), properties());

        assertThat(kept).hasSizeGreaterThanOrEqualTo(40);
        assertThat(first.matches(kept)).isTrue();
        assertThat(afterRestart.matches(kept)).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void generatedTokensDifferBetweenInstallations(@TempDir Path otherDataDir) throws IOException {
        new AdminToken(new AccessProperties(null), properties());
        new AdminToken(new AccessProperties(null), new VidgukProperties(otherDataDir, null));

        assertThat(Files.readString(dataDir.resolve(AdminToken.FILE_NAME)))
                .isNotEqualTo(Files.readString(otherDataDir.resolve(AdminToken.FILE_NAME)));
    }

    @Test
    void configuredTokenWinsAndNothingIsWritten() {
        var token = new AdminToken(new AccessProperties("configured-token-0123456789"), properties());

        assertThat(token.matches("configured-token-0123456789")).isTrue();
        assertThat(token.matches("configured-token-012345678")).isFalse();
        assertThat(dataDir.resolve(AdminToken.FILE_NAME)).doesNotExist();
        assertThat(dataDir).isEmptyDirectory();
    }

    @Test
    void emptyOrShortKeptTokenStopsStartUpInsteadOfLettingAnEmptyBearerIn() throws IOException {
        Files.writeString(dataDir.resolve(AdminToken.FILE_NAME), "\n");

        assertThatThrownBy(() -> new AdminToken(new AccessProperties(null), properties()))
                .hasMessageContaining("too short")
                .hasMessageContaining("delete the file");
    }

    @Test
    void emptyPresentedTokenNeverMatches() {
        var token = new AdminToken(new AccessProperties(null), properties());

        assertThat(token.matches("")).isFalse();
    }

    @Test
    void tooShortConfiguredTokenStopsStartUp() {
        assertThatThrownBy(() -> new AdminToken(new AccessProperties("secret"), properties()))
                .hasMessageContaining("vidguk.admin-token is too short");
    }

    VidgukProperties properties() {
        return new VidgukProperties(dataDir, null);
    }
}
