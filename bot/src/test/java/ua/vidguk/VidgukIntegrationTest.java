package ua.vidguk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, over the embedded database in a fresh temporary data
 * directory. Classes with the same annotation share one running application, so each test uses
 * its own centre codes rather than relying on an empty database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "vidguk.admin-token=" + VidgukIntegrationTest.ADMIN_TOKEN,
            // Every test calls from 127.0.0.1: the tests of wrong tokens must not lock the others out.
            "vidguk.sign-in.max-failures=100000",
            // Tests read ratings right after the answers they publish.
            "vidguk.ratings.cache-for=0s",
            // And the public directory right after the centres they register.
            "vidguk.directory.cache-for=0s"
        })
@ContextConfiguration(initializers = TemporaryDataDirectory.class)
public @interface VidgukIntegrationTest {

    String ADMIN_TOKEN = "test-admin-token-0123456789";
}
