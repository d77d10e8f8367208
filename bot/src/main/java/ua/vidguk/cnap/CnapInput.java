package ua.vidguk.cnap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One centre as a coordinator sends it; checked item by item so one bad row rejects only itself. */
record CnapInput(
        @NotBlank(message = "is required")
        @Pattern(
                regexp = "[A-Za-z0-9_-]{1,32}",
                message = "must be 1 to 32 Latin letters, digits, '-' or '_' (it travels in deep links)")
        String code,

        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        String name,

        @NotBlank(message = "is required") String region,

        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        String city) {

    Cnap toCnap() {
        return new Cnap(code.strip(), name.strip(), region.strip(), city.strip());
    }
}
