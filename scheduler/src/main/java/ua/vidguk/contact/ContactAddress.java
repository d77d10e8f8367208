package ua.vidguk.contact;

import java.util.Objects;

/**
 * Where a visitor can be reached: a phone number ({@code tel:+380671234512}), a Viber user
 * ({@code viber:<id>}), a Telegram chat ({@code telegram:<chat id>}) or a browser answering a web
 * survey ({@code web:<random id>}). Typed, so that a phone
 * number is never mistaken for a chat id. {@link #toString()} is safe for logs; {@link #uri()} is
 * the stored form and carries the full number.
 */
public record ContactAddress(Kind kind, String id) {

    /** The channels an address belongs to, named by their URI scheme. */
    public enum Kind {
        TEL("tel"),
        VIBER("viber"),
        TELEGRAM("telegram"),
        /** A browser that answers a web survey: a random id it was given, nothing about the person. */
        WEB("web");

        private final String scheme;

        Kind(String scheme) {
            this.scheme = scheme;
        }

        public String scheme() {
            return scheme;
        }
    }

    public ContactAddress {
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A contact address needs an id");
        }
    }

    public static ContactAddress tel(PhoneNumber number) {
        return new ContactAddress(Kind.TEL, number.e164());
    }

    public static ContactAddress viber(String userId) {
        return new ContactAddress(Kind.VIBER, userId);
    }

    public static ContactAddress telegram(long chatId) {
        return new ContactAddress(Kind.TELEGRAM, Long.toString(chatId));
    }

    /** A browser answering a web survey, by the random id its survey form carried. */
    public static ContactAddress web(String browserId) {
        return new ContactAddress(Kind.WEB, browserId);
    }

    /** Reads the stored form, {@code <scheme>:<id>}. */
    public static ContactAddress parse(String uri) {
        int colon = uri == null ? -1 : uri.indexOf(':');
        if (colon > 0) {
            String scheme = uri.substring(0, colon);
            for (Kind kind : Kind.values()) {
                if (kind.scheme.equals(scheme)) {
                    return new ContactAddress(kind, uri.substring(colon + 1));
                }
            }
        }
        throw new IllegalArgumentException("Not a contact address (tel:, viber:, telegram: or web:)");
    }

    /** The stored form, {@code <scheme>:<id>}: personal data, not for logs. */
    public String uri() {
        return kind.scheme + ":" + id;
    }

    /** The phone number of a {@code tel:} address. */
    public PhoneNumber phoneNumber() {
        if (kind != Kind.TEL) {
            throw new IllegalStateException("A " + kind.scheme + " address has no phone number");
        }
        return PhoneNumber.parseMobile(id);
    }

    /** Safe for logs and staff: a phone number masked, a messenger id shortened. */
    @Override
    public String toString() {
        return switch (kind) {
            case TEL -> "tel:" + PhoneNumber.parseMobile(id).masked();
            case VIBER, TELEGRAM, WEB -> kind.scheme + ":…" + id.substring(Math.max(0, id.length() - 4));
        };
    }
}
