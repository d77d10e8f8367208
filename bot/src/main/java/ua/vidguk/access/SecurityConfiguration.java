package ua.vidguk.access;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    @org.springframework.core.annotation.Order(2)
    SecurityFilterChain apiSecurity(
            HttpSecurity http, AdminToken adminToken, FailedAttempts failures, Problems problems) {
        var unauthorized = new ProblemAuthenticationEntryPoint(problems);
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(
                        new BearerTokenFilter(adminToken, failures, problems), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        // Load balancers and container runtimes probe these without credentials.
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        // Providers prove who they are by signatures, which each channel checks itself.
                        .requestMatchers("/webhooks/**", "/error")
                        .permitAll()
                        // A visit's page holds nothing personal; its unguessable token is the key.
                        .requestMatchers(HttpMethod.GET, "/v/*")
                        .permitAll()
                        // Whatever is not opened on purpose needs the token: no path is public by accident.
                        .anyRequest()
                        .hasAuthority(BearerTokenFilter.NATIONAL_COORDINATOR))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(unauthorized).accessDeniedHandler(unauthorized))
                .build();
    }

    /** Before everything else, security included: an oversized body is refused before anyone reads it. */
    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimit(AccessProperties properties, Problems problems) {
        var registration = new FilterRegistrationBean<>(new BodyLimitFilter(properties.bodyLimit(), problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
