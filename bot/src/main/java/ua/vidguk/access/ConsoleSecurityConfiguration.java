package ua.vidguk.access;

import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * The web console's sign-in: the admin token typed once into a form, then a session cookie. The
 * forms carry CSRF tokens (a cookie alone must not be enough to post). The {@code /api/v1} bearer
 * API keeps its own stateless chain.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

    static final String SIGN_IN = "/sign-in";

    /** The API's description and its page: for anyone signed in, by the console's session or a bearer credential. */
    static final String[] API_DESCRIPTION = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    @Bean
    @Order(1)
    SecurityFilterChain consoleSecurity(
            HttpSecurity http, AdminToken adminToken, FailedAttempts failures, BearerTokenFilter bearer) {
        return http.securityMatcher(
                        Stream.concat(Stream.of("/", SIGN_IN, "/sign-out", "/console/**"), Stream.of(API_DESCRIPTION))
                                .toArray(String[]::new))
                // A bearer key or token opens the description for API clients; it is not kept in a session.
                .addFilterBefore(bearer, UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SignInThrottle(failures, SIGN_IN), UsernamePasswordAuthenticationFilter.class)
                .authenticationProvider(new TokenSignIn(adminToken))
                .formLogin(form -> form.loginPage(SIGN_IN)
                        .loginProcessingUrl(SIGN_IN)
                        .usernameParameter("who")
                        .passwordParameter("token")
                        .defaultSuccessUrl("/", true)
                        .failureHandler((request, response, wrong) -> {
                            failures.failed(request.getRemoteAddr(), "console sign-in token");
                            response.sendRedirect(request.getContextPath() + SIGN_IN + "?error");
                        })
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl(SIGN_IN + "?out"))
                .authorizeHttpRequests(requests -> requests.requestMatchers(API_DESCRIPTION)
                        .authenticated()
                        .anyRequest()
                        .hasRole(Role.ADMIN.name()))
                .build();
    }

    /** The form's "password" is the admin token; who types it is not asked (there is one coordinator). */
    private record TokenSignIn(AdminToken adminToken) implements AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication authentication) {
            Object token = authentication.getCredentials();
            if (token == null || !adminToken.matches(token.toString().strip())) {
                throw new BadCredentialsException("Wrong admin token");
            }
            return BearerTokenFilter.authenticated(Caller.ADMIN_TOKEN);
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }
}
