package ua.vidguk;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The application started the way an operator starts it, with command-line arguments (which win
 * over environment variables and application.yaml), for tests that stop and start it themselves.
 */
public record StartedApplication(ConfigurableApplicationContext context) implements AutoCloseable {

    public static StartedApplication start(String... arguments) {
        return start(new Class<?>[0], arguments);
    }

    /** With test-only beans or controllers beside the application's own. */
    public static StartedApplication start(Class<?>[] extraSources, String... arguments) {
        String[] withFreePort = new String[arguments.length + 1];
        withFreePort[0] = "--server.port=0";
        System.arraycopy(arguments, 0, withFreePort, 1, arguments.length);
        return new StartedApplication(new SpringApplicationBuilder(VidgukApplication.class)
                .sources(extraSources)
                .run(withFreePort));
    }

    public RestTestClient client(String token) {
        return RestTestClient.bindToServer()
                .baseUrl("http://localhost:" + context.getEnvironment().getProperty("local.server.port"))
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .build();
    }

    @Override
    public void close() {
        context.close();
    }
}
