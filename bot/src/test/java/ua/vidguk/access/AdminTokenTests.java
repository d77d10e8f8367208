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
        var first = new AdminToken(access(null), properties());
        Path file = dataDir.resolve(AdminToken.FILE_NAME);
        String kept = Files.readString(file).strip();

        var afterRestart = new AdminToken(access(" "), properties());

        assertThat(kept).hasSizeGreaterThanOrEqualTo(40);
        assertThat(first.matches(kept)).isTrue();
        assertThat(afterRestart.matches(kept)).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void generatedTokensDifferBetweenInstallations(@TempDir Path otherDataDir) throws IOException {
        new AdminToken(access(null), properties());
        new AdminToken(access(null), new VidgukProperties(otherDataDir, null));

        assertThat(Files.readString(dataDir.resolve(AdminToken.FILE_NAME)))
                .isNotEqualTo(Files.readString(otherDataDir.resolve(AdminToken.FILE_NAME)));
    }

    @Test
    void configuredTokenWinsAndNothingIsWritten() {
        var token = new AdminToken(access("configured-token-0123456789"), properties());

        assertThat(token.matches("configured-token-0123456789")).isTrue();
        assertThat(token.matches("configured-token-012345678")).isFalse();
        assertThat(dataDir.resolve(AdminToken.FILE_NAME)).doesNotExist();
        assertThat(dataDir).isEmptyDirectory();
    }

    @Test
    void emptyOrShortKeptTokenStopsStartUpInsteadOfLettingAnEmptyBearerIn() throws IOException {
        Files.writeString(dataDir.resolve(AdminToken.FILE_NAME), "\n");

        assertThatThrownBy(() -> new AdminToken(access(null), properties()))
                .hasMessageContaining("too short")
                .hasMessageContaining("delete the file");
    }

    @Test
    void emptyPresentedTokenNeverMatches() {
        var token = new AdminToken(access(null), properties());

        assertThat(token.matches("")).isFalse();
    }

    @Test
    void tooShortConfiguredTokenStopsStartUp() {
        assertThatThrownBy(() -> new AdminToken(access("secret"), properties()))
                .hasMessageContaining("vidguk.admin-token is too short");
    }

    VidgukProperties properties() {
        return new VidgukProperties(dataDir, null);
    }

    static AccessProperties access(@org.jspecify.annotations.Nullable String adminToken) {
        return new AccessProperties(
                adminToken,
                new AccessProperties.BodyLimit(
                        org.springframework.util.unit.DataSize.ofKilobytes(64),
                        org.springframework.util.unit.DataSize.ofMegabytes(10),
                        org.springframework.util.unit.DataSize.ofKilobytes(64)),
                new AccessProperties.SignIn(10, java.time.Duration.ofMinutes(15)),
                new AccessProperties.Credentials(
                        java.time.Duration.ofSeconds(1),
                        java.time.Duration.ofMinutes(1),
                        java.time.Duration.ofDays(7),
                        java.time.Duration.ofDays(365)));
    }
}
