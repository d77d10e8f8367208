package ua.vidguk.channel.sms;

import com.twilio.http.Request;

/** Copies a twilio-java request to another address: its URL is final, so only a copy can move it. */
final class TwilioRequests {

    private TwilioRequests() {}

    /** The same request with {@code from} at the start of its URL replaced by {@code to}. */
    static Request redirect(Request original, String from, String to) {
        String url = original.getUrl();
        if (!url.startsWith(from) || from.equals(to)) {
            return original;
        }
        Request copy = new Request(original.getMethod(), to + url.substring(from.length()));
        copy.getQueryParams().putAll(original.getQueryParams());
        copy.getPostParams().putAll(original.getPostParams());
        copy.getHeaderParams().putAll(original.getHeaderParams());
        copy.setFormParameters(original.getFormParameters());
        copy.setContentType(original.getContentType());
        copy.setBody(original.getBody());
        copy.setUserAgentExtensions(original.getUserAgentExtensions());
        if (original.getUsername() != null && original.getPassword() != null) {
            copy.setAuth(original.getUsername(), original.getPassword());
        } else if (original.getAuthStrategy() != null) {
            copy.setAuth(original.getAuthStrategy());
        }
        return copy;
    }
}
