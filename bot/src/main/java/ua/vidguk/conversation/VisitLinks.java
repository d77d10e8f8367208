package ua.vidguk.conversation;

import java.net.URI;

/** The one link an invitation carries: the visit's page, which opens the survey in a messenger. */
public final class VisitLinks {

    /** Where the visit pages live, under the public address. */
    public static final String PATH = "/v/";

    private VisitLinks() {}

    public static String of(URI publicBaseUrl, String token) {
        String base = publicBaseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + PATH + token;
    }
}
