package ua.vidguk.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    @org.springframework.core.annotation.Order(2)
    SecurityFilterChain apiSecurity(HttpSecurity http, AdminToken adminToken, JsonMapper json) {
        var unauthorized = new ProblemAuthenticationEntryPoint(json);
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(new BearerTokenFilter(adminToken), AnonymousAuthenticationFilter.class)
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
}
