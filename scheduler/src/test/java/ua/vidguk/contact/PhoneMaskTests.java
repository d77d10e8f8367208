package ua.vidguk.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneMaskTests {

    @Test
    void numbersAsPeopleWriteThemAreHidden() {
        assertThat(PhoneMask.mask("Наберіть 067 123 45 67, будь ласка"))
                .isEqualTo("Наберіть " + PhoneMask.HIDDEN + ", будь ласка");
        assertThat(PhoneMask.mask("мій +38 (050) 123-45-67")).isEqualTo("мій " + PhoneMask.HIDDEN);
        assertThat(PhoneMask.mask("0671234567")).isEqualTo(PhoneMask.HIDDEN);
        assertThat(PhoneMask.mask("телефон 380671234567 або 044 234 56 78")).doesNotContainPattern("\\d{3}");
    }

    @Test
    void shortRunsOfDigitsStay() {
        String text = "Чекала 45 хвилин біля вікна 12, 15.06.2025 о 10:30, талон А-123";
        assertThat(PhoneMask.mask(text)).isEqualTo(text);
    }

    @Test
    void maskAllHidesEmailAddressesToo() {
        assertThat(PhoneMask.maskAll("пишіть на olena.k+cnap@ukr.net або 067 123 45 67"))
                .isEqualTo("пишіть на " + PhoneMask.EMAIL_HIDDEN + " або " + PhoneMask.HIDDEN);
    }
}
