package ua.vidguk.access;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/** The API's chain: a bearer key or token on every call, the roles of {@link AccessRules}. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    @org.springframework.core.annotation.Order(2)
    SecurityFilterChain apiSecurity(HttpSecurity http, BearerTokenFilter bearer, Problems problems) {
        var unauthorized = new ProblemAuthenticationEntryPoint(problems);
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(bearer, AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> {
                    requests
                            // The second dispatch of a streamed response (the CSV export) carries no
                            // token of its own; the request it continues was checked when it came in.
                            .dispatcherTypeMatchers(DispatcherType.ASYNC)
                            .permitAll()
                            // Load balancers and container runtimes probe these without credentials.
                            .requestMatchers(
                                    HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
                            .permitAll()
                            // Providers prove who they are by signatures, which each channel checks itself.
                            .requestMatchers("/webhooks/**", "/error")
                            .permitAll()
                            // A visit's page holds nothing personal; its unguessable token is the key.
                            .requestMatchers(HttpMethod.GET, "/v/*")
                            .permitAll()
                            // The web survey, for anyone with a centre's QR code or a visit's link:
                            // answering needs the visit's unguessable token and its current step
                            // (docs/web-survey.md: why no CSRF token).
                            .requestMatchers(HttpMethod.POST, "/v/*")
                            .permitAll()
                            .requestMatchers("/c/*")
                            .permitAll()
                            // The public ratings are published on purpose: only large samples, no
                            // comments, nothing personal (ua.vidguk.figures.PublicRatings).
                            .requestMatchers(HttpMethod.GET, "/ratings", "/ratings.json")
                            .permitAll()
                            // The directory of centres: names, cities and codes the centres display
                            // on their doors anyway, each with its public survey address.
                            .requestMatchers(HttpMethod.GET, "/centres", "/centres.json")
                            .permitAll()
                            // The charting library the console's dashboard loads: a published
                            // package's files, nothing of ours.
                            .requestMatchers(HttpMethod.GET, "/webjars/echarts/**")
                            .permitAll();
                    AccessRules.API.forEach(rule -> require(requests, rule));
                    // Whatever is not opened on purpose is the admin's: no path is public by accident.
                    requests.anyRequest().hasRole(Role.ADMIN.name());
                })
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(unauthorized).accessDeniedHandler(unauthorized))
                .build();
    }

    static void require(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
            AccessRules.Rule rule) {
        var matched = rule.method() == null
                ? requests.requestMatchers(rule.pattern())
                : requests.requestMatchers(rule.method(), rule.pattern());
        if (rule.role() == null) {
            matched.authenticated();
        } else {
            matched.hasRole(rule.role().name());
        }
    }

    /** An admin may do what a coordinator may; a coordinator what a viewer and a reporter may. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name())
                .implies(Role.COORDINATOR.name())
                .role(Role.COORDINATOR.name())
                .implies(Role.VIEWER.name(), Role.REPORTER.name())
                .build();
    }

    @Bean
    BearerTokenFilter bearerTokenFilter(Credentials credentials, FailedAttempts failures, Problems problems) {
        return new BearerTokenFilter(credentials, failures, problems);
    }

    /** Before everything else, security included: an oversized body is refused before anyone reads it. */
    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimit(AccessProperties properties, Problems problems) {
        var registration = new FilterRegistrationBean<>(new BodyLimitFilter(properties.bodyLimit(), problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** The bearer filter runs inside the security chains only, not a second time as a servlet filter. */
    @Bean
    FilterRegistrationBean<BearerTokenFilter> bearerOutsideTheChains(BearerTokenFilter bearer) {
        var registration = new FilterRegistrationBean<>(bearer);
        registration.setEnabled(false);
        return registration;
    }
}
