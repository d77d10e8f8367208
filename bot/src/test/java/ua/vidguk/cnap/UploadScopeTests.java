package ua.vidguk.cnap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import ua.vidguk.access.AccessScope;

class UploadScopeTests {

    static final Cnap A1 = new Cnap("A1", "ЦНАП А1", "UA-74", "Чернігів");
    static final Cnap B1 = new Cnap("B1", "ЦНАП Б1", "UA-46", "Львів");
    static final AccessScope UA74 = AccessScope.region("UA-74");

    @Test
    void aNationalScopeWritesAnything() {
        assertThat(UploadScope.refusal(B1, null, AccessScope.NATIONAL)).isNull();
        assertThat(UploadScope.refusal(moved(A1, "UA-46"), A1, AccessScope.NATIONAL))
                .isNull();
    }

    @Test
    void aRegionAddsAndUpdatesCentresInItsRegionOnly() {
        assertThat(UploadScope.refusal(A1, null, UA74)).isNull();
        assertThat(UploadScope.refusal(renamed(A1), A1, UA74)).isNull();
        assertThat(UploadScope.refusal(B1, null, UA74).field()).isEqualTo("region");
    }

    @Test
    void aRegionCannotTakeAnotherRegionsCentreNorGiveOneAway() {
        assertThat(UploadScope.refusal(moved(B1, "UA-74"), B1, UA74).field()).isEqualTo("code");
        assertThat(UploadScope.refusal(moved(A1, "UA-46"), A1, UA74).field()).isEqualTo("region");
    }

    @Test
    void aCentresScopeUpdatesItsOwnCentresInPlaceAndAddsNone() {
        AccessScope own = AccessScope.cnaps(List.of("A1"));
        assertThat(UploadScope.refusal(renamed(A1), A1, own)).isNull();
        assertThat(UploadScope.refusal(moved(A1, "UA-46"), A1, own).field()).isEqualTo("region");
        assertThat(UploadScope.refusal(renamed(B1), B1, own).field()).isEqualTo("code");
        assertThat(UploadScope.refusal(A1, null, own).reason()).contains("new centre");
    }

    private static Cnap moved(Cnap cnap, String region) {
        return new Cnap(cnap.code(), cnap.name(), region, cnap.city());
    }

    private static Cnap renamed(Cnap cnap) {
        return new Cnap(cnap.code(), cnap.name() + " (новий)", cnap.region(), cnap.city());
    }
}
