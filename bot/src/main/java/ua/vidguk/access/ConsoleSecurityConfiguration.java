package ua.vidguk.access;

import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * The web console's sign-in: a person's email and password (or, with no email, the admin token)
 * typed once into a form, then a session cookie. The forms carry CSRF tokens (a cookie alone must
 * not be enough to post). Viewers and above see the pages of their scope; the sandbox tools and
 * the visit form act as anyone, so they are the admin's. The {@code /api/v1} bearer API keeps its
 * own stateless chain.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

    static final String SIGN_IN = "/sign-in";

    /** The API's description and its page: for anyone signed in, by the console's session or a bearer credential. */
    static final String[] API_DESCRIPTION = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    /**
     * The console's pages a viewer may open; each shows only the caller's scope. The posters'
     * files are the API's printable material again, for the session (the controller checks scope).
     */
    static final String[] SCOPED_PAGES = {
        "/",
        "/console/cases",
        "/console/campaigns",
        "/console/ratings",
        "/console/reports",
        "/console/administrators",
        "/console/posters",
        "/console/posters/**"
    };

    @Bean
    @Order(1)
    SecurityFilterChain consoleSecurity(
            HttpSecurity http,
            AdminToken adminToken,
            AccountPasswords passwords,
            Credentials credentials,
            FailedAttempts failures,
            BearerTokenFilter bearer) {
        return http.securityMatcher(Stream.concat(
                                Stream.of("/", SIGN_IN, "/sign-out", "/console/**", "/invite/**"),
                                Stream.of(API_DESCRIPTION))
                        .toArray(String[]::new))
                // A bearer key or token opens the description for API clients; it is not kept in a session.
                .addFilterBefore(bearer, UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SignInThrottle(failures, SIGN_IN), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new AccountSessionCheck(credentials), SecurityContextHolderFilter.class)
                .authenticationProvider(new ConsoleSignIn(adminToken, passwords))
                .formLogin(form -> form.loginPage(SIGN_IN)
                        .loginProcessingUrl(SIGN_IN)
                        .usernameParameter("who")
                        .passwordParameter("token")
                        .defaultSuccessUrl("/", true)
                        .failureHandler((request, response, wrong) -> {
                            String who = request.getParameter("who");
                            failures.failed(
                                    request.getRemoteAddr(),
                                    "console sign-in",
                                    who != null && ConsoleSignIn.namesAnAccount(who) ? who.strip() : "");
                            response.sendRedirect(request.getContextPath() + SIGN_IN + "?error");
                        })
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl(SIGN_IN + "?out"))
                // The sign-in page with any query (form login opens only its own ?error exactly).
                .authorizeHttpRequests(requests -> requests.requestMatchers(SIGN_IN, "/invite/**")
                        .permitAll()
                        .requestMatchers(API_DESCRIPTION)
                        .authenticated()
                        .requestMatchers(SCOPED_PAGES)
                        .hasRole(Role.VIEWER.name())
                        .anyRequest()
                        .hasRole(Role.ADMIN.name()))
                .build();
    }
}
