package ua.vidguk.conversation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeywordTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "STOP",
                "stop",
                "Stop.",
                "СТОП",
                "стоп",
                "  стоп!!! ",
                "«Стоп»",
                "ВІДПИСАТИСЯ",
                "відписатися",
                "Отписаться",
                "CTOП",
                "UNSUBSCRIBE",
                "стоп 🛑"
            })
    void optOutWordsAreRecognisedInAnyCaseAndScriptWithPunctuationAround(String reply) {
        assertThat(Keyword.classify(reply)).isEqualTo(Keyword.OPT_OUT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"START", "start", "Старт!", " СТАРТ "})
    void optInWordsAreRecognised(String reply) {
        assertThat(Keyword.classify(reply)).isEqualTo(Keyword.OPT_IN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"стоп, я ще не закінчила", "не стоп", "STOPP", "yes", "так", "5", "", "   ", "🛑"})
    void aKeywordMustBeTheWholeReply(String reply) {
        assertThat(Keyword.classify(reply)).isEqualTo(Keyword.NONE);
    }

    @org.junit.jupiter.api.Test
    void nullIsNoKeyword() {
        assertThat(Keyword.classify(null)).isEqualTo(Keyword.NONE);
    }
}
