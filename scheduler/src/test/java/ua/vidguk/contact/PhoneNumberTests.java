package ua.vidguk.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTests {

    @ParameterizedTest
    @ValueSource(strings = {"0671234512", "067 123 45 12", "+38 (067) 123-45-12", "380671234512", " +380671234512 "})
    void ukrainianMobileNumbersAsPeopleWriteThemBecomeE164(String written) {
        assertThat(PhoneNumber.parseMobile(written).e164()).isEqualTo("+380671234512");
    }

    @Test
    void maskShowsOnlyOperatorAndLastTwoDigits() {
        PhoneNumber number = PhoneNumber.parseMobile("+380671234512");

        assertThat(number.masked()).isEqualTo("+380 67 *** ** 12");
        assertThat(number.toString()).isEqualTo(number.masked()).doesNotContain("12345");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+38067ABC4567", "067 CALL NOW", "+380671234512 ext. 5", "0671234512#"})
    void lettersAndSymbolsInANumberAreRejectedInsteadOfReadAsKeypadDigits(String written) {
        assertThatThrownBy(() -> PhoneNumber.parseMobile(written))
                .isInstanceOf(InvalidPhoneNumber.class)
                .hasMessageContaining("digits only");
    }

    @Test
    void landlineIsRejectedBecauseItCannotReceiveSms() {
        assertThatThrownBy(() -> PhoneNumber.parseMobile("+380442345678"))
                .isInstanceOf(InvalidPhoneNumber.class)
                .hasMessageContaining("not a mobile number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "hello", "12", "+38067123451299"})
    void textThatIsNoValidNumberIsRejectedWithAReason(String written) {
        assertThatThrownBy(() -> PhoneNumber.parseMobile(written))
                .isInstanceOf(InvalidPhoneNumber.class)
                .hasMessageNotContaining("Exception");
    }

    @Test
    void equalNumbersWrittenDifferentlyAreEqual() {
        assertThat(PhoneNumber.parseMobile("067 123 45 12")).isEqualTo(PhoneNumber.parseMobile("+380671234512"));
    }
}
