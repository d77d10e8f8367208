package ua.vidguk.access;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The API's description ({@code /v3/api-docs}, shown at {@code /swagger-ui.html}): a bearer
 * scheme, so the page's "Authorize" works, and on every {@code /api/v1} operation who may call it,
 * read from {@link AccessRules} (the table the security chain enforces, so the two cannot differ),
 * and the problem responses the chain and the features answer with.
 *
 * <p>An {@code OpenApiCustomizer} rather than an {@code OperationCustomizer}: the latter is handed
 * the controller method, not the path and method the rules are written for.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI vidgukApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Vidguk coordinator API")
                        .version("v1")
                        .description("Authorization: Bearer <API key or admin token>. Errors are RFC 9457 problem"
                                + " details. Who may call each operation is said in its description."))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("An API key (vk_…) or the admin token"))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OpenApiCustomizer accessInTheDescription() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                if (path.startsWith("/api/v1/")) {
                    item.readOperationsMap().forEach((method, operation) -> describe(path, method, operation));
                }
            });
        };
    }

    static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        var rule = AccessRules.of(HttpMethod.valueOf(method.name()), path);
        String who = whoMayCall(rule.role());
        operation.setDescription(operation.getDescription() == null ? who : who + "\n\n" + operation.getDescription());
        operation.addExtension(
                "x-vidguk-role", rule.role() == null ? "any" : rule.role().label());
        var responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        problems(path, operation).forEach((status, meaning) -> {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, problem(meaning));
            }
        });
        operation.setResponses(responses);
    }

    /** E.g. "Role: coordinator or admin; scope: only centres within the caller's scope." */
    static String whoMayCall(@Nullable Role needed) {
        if (needed == null) {
            return "Role: any signed-in caller; scope: the caller's own.";
        }
        if (needed == Role.ADMIN) {
            return "Role: admin only; scope: national.";
        }
        String roles = Arrays.stream(Role.values())
                .filter(role -> role.allows(needed))
                .map(Role::label)
                .collect(Collectors.joining(", "));
        int last = roles.lastIndexOf(", ");
        roles = last < 0 ? roles : roles.substring(0, last) + " or " + roles.substring(last + 2);
        return "Role: " + roles + "; scope: only centres within the caller's scope"
                + " (one outside it answers 404, lists leave it out).";
    }

    private static Map<String, String> problems(String path, Operation operation) {
        var problems = new LinkedHashMap<String, String>();
        if (operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty())) {
            problems.put("400", "The request cannot be read (a malformed value or filter)");
        }
        problems.put("401", "No credential, or a wrong, expired or revoked one");
        problems.put("403", "The caller's role may not make this call");
        if (path.contains("{")) {
            problems.put("404", "Not found, or outside the caller's scope");
        }
        if (operation.getRequestBody() != null) {
            problems.put("422", "The request breaks a rule; each broken rule is named");
        }
        problems.put("429", "Too many wrong credentials from this address; see Retry-After");
        return problems;
    }

    private static ApiResponse problem(String meaning) {
        return new ApiResponse()
                .description(meaning)
                .content(new Content()
                        .addMediaType(
                                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema());
    }
}
