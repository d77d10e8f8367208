package ua.vidguk.channel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsSegmentsTests {

    @Test
    void cyrillicFitsSeventyInOnePartAndSixtySevenPerPartWhenSplit() {
        assertThat(SmsSegments.count("ц".repeat(70))).isEqualTo(1);
        assertThat(SmsSegments.count("ц".repeat(71))).isEqualTo(2);
        assertThat(SmsSegments.count("ц".repeat(134))).isEqualTo(2);
        assertThat(SmsSegments.count("ц".repeat(135))).isEqualTo(3);
    }

    @Test
    void latinFitsOneHundredSixtyInOnePartAndOneHundredFiftyThreePerPart() {
        assertThat(SmsSegments.count("a".repeat(160))).isEqualTo(1);
        assertThat(SmsSegments.count("a".repeat(161))).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(306))).isEqualTo(2);
    }

    @Test
    void extendedCharactersTakeTwoSeptets() {
        assertThat(SmsSegments.count("€".repeat(80))).isEqualTo(1);
        assertThat(SmsSegments.count("€".repeat(81))).isEqualTo(2);
    }

    @Test
    void oneCyrillicLetterOrEmojiMakesTheWholeTextUcs2AndAnEmojiCountsTwice() {
        assertThat(SmsSegments.count("a".repeat(69) + "ї")).isEqualTo(1);
        assertThat(SmsSegments.count("a".repeat(70) + "ї")).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(69) + "😀")).isEqualTo(2);
    }
}
