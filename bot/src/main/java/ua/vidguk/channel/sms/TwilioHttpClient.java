package ua.vidguk.channel.sms;

import com.twilio.exception.ApiException;
import com.twilio.http.HttpClient;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.ConnectException;
import java.net.URI;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;

/**
 * twilio-java's transport with two changes: requests go to {@code vidguk.twilio.api-url} instead
 * of {@code https://api.twilio.com} (twilio 13 has no setting for it), and retries follow one
 * policy, ours.
 *
 * <p>What twilio-java 13.0.1 retries by itself, read in its sources and checked with a fake API:
 *
 * <ul>
 *   <li>{@code HttpClient.reliableRequest}, which {@code TwilioRestClient.request} calls for every
 *       API call, makes up to 3 attempts on any 5xx, 100 ms apart ({@code RETRIES}, {@code
 *       DELAY_MILLIS}, {@code RETRY_CODES = {ANY_500}}); 429 is not retried there.
 *   <li>{@code NetworkHttpClient} builds an Apache HttpClient 5 with its default retry strategy,
 *       which repeats a request once on 429 and 503, POST included, after {@code Retry-After} or
 *       1 s. (I/O errors are not repeated for POST.)
 *   <li>{@code TwilioRestClient.request} repeats a call answered 401 once, but only with an OAuth
 *       token strategy; basic auth with the auth token, as here, is not repeated.
 * </ul>
 *
 * <p>Left alone, a send answered 503 every time would go out 3 × 2 = 6 times before any retry of
 * ours, and retries of ours would multiply that. So {@link #reliableRequest} makes exactly the
 * attempts of the {@link RetryTemplate}, and the Apache client is built without automatic
 * retries.
 */
final class TwilioHttpClient extends HttpClient {

    private static final String TWILIO_API = "https://api.twilio.com";

    private final String apiUrl;
    private final HttpClient network;
    private final RetryTemplate retries;

    TwilioHttpClient(URI apiUrl, HttpClient network, TwilioProperties.Retry retry) {
        this.apiUrl = apiUrl.toString().replaceAll("/+$", "");
        this.network = network;
        this.retries = new RetryTemplate(RetryPolicy.builder()
                .maxRetries(retry.maxRetries())
                .delay(retry.delay())
                .multiplier(retry.multiplier())
                .maxDelay(retry.maxDelay())
                .predicate(TwilioHttpClient::worthRetrying)
                .build());
    }

    /** The production transport: Apache HttpClient 5 with twilio-java's pool sizes and timeouts. */
    static TwilioHttpClient create(TwilioProperties properties) {
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultSocketConfig(DEFAULT_SOCKET_CONFIG)
                .setMaxConnPerRoute(20)
                .setMaxConnTotal(100)
                .build();
        var apache = HttpClientBuilder.create()
                .useSystemProperties()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(DEFAULT_REQUEST_CONFIG)
                .disableAutomaticRetries();
        return new TwilioHttpClient(properties.apiUrl(), new NetworkHttpClient(apache), properties.retry());
    }

    @Override
    public Response reliableRequest(Request request) {
        try {
            return retries.execute(() -> attempt(request));
        } catch (RetryException e) {
            return switch (e.getCause()) {
                // Out of retries: the last answer goes back to twilio-java, which turns it into an ApiException.
                case RetriableStatus status -> status.response;
                case RuntimeException failure -> throw failure;
                case Error error -> throw error;
                case null, default -> throw new ApiException(e.getMessage(), e.getCause());
            };
        }
    }

    @Override
    public Response reliableRequest(Request request, int[] retryCodes, int retries, long delayMillis) {
        return reliableRequest(request);
    }

    @Override
    public Response makeRequest(Request request) {
        return network.makeRequest(TwilioRequests.redirect(request, TWILIO_API, apiUrl));
    }

    private Response attempt(Request request) {
        Response response = makeRequest(request);
        int status = response.getStatusCode();
        if (status == 429 || status >= 500) {
            throw new RetriableStatus(response);
        }
        return response;
    }

    /**
     * Busy and failing answers are retried, and so is a refused connection: nothing was sent. A
     * timeout is not: Twilio may have taken the message, and a second try could send it twice.
     */
    private static boolean worthRetrying(Throwable failure) {
        return failure instanceof RetriableStatus
                || (failure instanceof ApiException && failure.getCause() instanceof ConnectException);
    }

    /** Carries a 429 or 5xx answer through the retry template. */
    private static final class RetriableStatus extends RuntimeException {

        private final transient Response response;

        RetriableStatus(Response response) {
            super("Twilio answered " + response.getStatusCode(), null, false, false);
            this.response = response;
        }
    }
}
