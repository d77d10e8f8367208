package ua.vidguk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownLinksTests {

    @Test
    void inlineLinksImagesAndReferenceDefinitionsAreTargets() {
        String markdown = """
                See [the guide](docs/guide.md#start "Guide") and ![diagram](<docs/a b.png>).
                Also [the alerts][alerts].

                [alerts]: docs/alerts.md
                """;

        assertThat(MarkdownLinks.targets(markdown))
                .containsExactlyInAnyOrder("docs/guide.md#start", "docs/a b.png", "docs/alerts.md");
    }

    @Test
    void codeIsNotALinkExceptAPathUpwardsOutOfTheFolder() {
        String markdown = """
                Send `[{code, name}](see below)` and read `../shared/DESIGN.md`; the design is
                spread over `docs/
                design.md`.

                ```sh
                curl -d '[{"a":1}](x)' ../elsewhere
                ```
                """;

        assertThat(MarkdownLinks.targets(markdown)).containsExactly("../shared/DESIGN.md");
    }
}
