package ua.vidguk.channel.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptTests {

    final Transcript transcript = new Transcript(3);

    @Test
    void keepsEachAddresssMessagesOldestFirst() {
        transcript.add("a", message("1"));
        transcript.add("b", message("2"));
        transcript.add("a", message("3"));

        assertThat(transcript.of("a")).extracting(SandboxMessage::id).containsExactly("1", "3");
        assertThat(transcript.addresses()).containsExactly("a", "b");
    }

    @Test
    void dropsTheOldestMessagesOfTheWholeChannelBeyondItsCapacity() {
        transcript.add("a", message("1"));
        transcript.add("b", message("2"));
        transcript.add("b", message("3"));
        transcript.add("b", message("4"));

        assertThat(transcript.of("a")).isEmpty();
        assertThat(transcript.of("b")).extracting(SandboxMessage::id).containsExactly("2", "3", "4");
    }

    @Test
    void anEditChangesTheKeptMessageInItsPlace() {
        var keyboard = List.of(List.of(new SandboxButton("1", "q:1", SandboxButton.Kind.ANSWER)));
        transcript.add("-100", new SandboxMessage("7", false, "Оцініть", keyboard, Instant.EPOCH));
        transcript.add("-100", message("8"));

        boolean edited = transcript.edit("-100", "7", kept -> kept.edited("Оцініть\n\n✅ 1", List.of()));

        assertThat(edited).isTrue();
        assertThat(transcript.of("-100")).extracting(SandboxMessage::text).containsExactly("Оцініть\n\n✅ 1", "text 8");
        assertThat(transcript.find("-100", "7").orElseThrow().keyboard()).isEmpty();
        assertThat(transcript.edit("-100", "404", kept -> kept)).isFalse();
    }

    static SandboxMessage message(String id) {
        return new SandboxMessage(id, false, "text " + id, List.of(), Instant.EPOCH);
    }
}
