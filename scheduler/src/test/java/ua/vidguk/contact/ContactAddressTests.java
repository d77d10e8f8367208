package ua.vidguk.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContactAddressTests {

    @Test
    void storedFormRoundTripsForEveryKind() {
        for (var address : new ContactAddress[] {
            ContactAddress.tel(PhoneNumber.parseMobile("0671234512")),
            ContactAddress.viber("01234567890A="),
            ContactAddress.telegram(123456789L)
        }) {
            assertThat(ContactAddress.parse(address.uri())).isEqualTo(address);
        }
        assertThat(ContactAddress.tel(PhoneNumber.parseMobile("0671234512")).uri())
                .isEqualTo("tel:+380671234512");
    }

    @Test
    void logFormNeverShowsTheWholeNumberOrId() {
        assertThat(ContactAddress.tel(PhoneNumber.parseMobile("0671234512")).toString())
                .isEqualTo("tel:+380 67 *** ** 12");
        assertThat(ContactAddress.telegram(123456789L).toString()).isEqualTo("telegram:…6789");
    }

    @Test
    void somethingElseIsNotAnAddress() {
        assertThatThrownBy(() -> ContactAddress.parse("mailto:a@b.c")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContactAddress.parse("+380671234512")).isInstanceOf(IllegalArgumentException.class);
    }
}
