package ua.vidguk.access;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * API keys for systems (a centre's queue reporting visits, a region's analytics). Coordinator or
 * admin; a coordinator sees and gives keys only within its own scope.
 */
@RestController
@RequestMapping("/api/v1/access-keys")
class AccessKeyController {

    private final AccessKeys keys;

    AccessKeyController(AccessKeys keys) {
        this.keys = keys;
    }

    /** @param scope {@code national}, {@code region:UA-74} or {@code cnaps:<code>[,<code>…]} */
    record KeyRequest(
            String name,
            String role,
            String scope,
            @Nullable Instant expiresAt) {}

    /** A key as listed: never its secret. */
    record KeyView(
            String id,
            String prefix,
            String name,
            String role,
            String scope,
            Instant createdAt,
            String createdBy,
            @Nullable Instant expiresAt,
            @Nullable Instant revokedAt,
            @Nullable Instant lastUsedAt) {

        static KeyView of(AccessKey key) {
            return new KeyView(
                    key.id(),
                    Credentials.KEY_PREFIX + key.id(),
                    key.name(),
                    key.role().label(),
                    key.scope(),
                    key.createdAt(),
                    key.createdBy(),
                    key.expiresAt(),
                    key.revokedAt(),
                    key.lastUsedAt());
        }
    }

    /** The only answer that carries the key: store it now, it cannot be shown again. */
    record IssuedKey(String key, KeyView about) {}

    record Expiry(@Nullable Instant at) {}

    @PostMapping
    @Audited("access-key.issued")
    ResponseEntity<IssuedKey> issue(@AuthenticationPrincipal Caller caller, @RequestBody KeyRequest request) {
        if (request.name() == null || request.name().isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        var issued = keys.issue(
                caller,
                request.name(),
                Role.parse(request.role()),
                AccessScope.parse(request.scope()),
                request.expiresAt());
        return ResponseEntity.created(
                        URI.create("/api/v1/access-keys/" + issued.stored().id()))
                .body(new IssuedKey(issued.key(), KeyView.of(issued.stored())));
    }

    @GetMapping
    List<KeyView> list(@AuthenticationPrincipal Caller caller) {
        return keys.visibleTo(caller).stream().map(KeyView::of).toList();
    }

    @PostMapping("/{id}/revoke")
    @Audited("access-key.revoked")
    KeyView revoke(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return keys.revoke(caller, id).map(KeyView::of).orElseThrow(() -> new NoSuchElementException(id));
    }

    @PostMapping("/{id}/expire")
    @Audited("access-key.expired")
    KeyView expire(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String id,
            @RequestBody(required = false) @Nullable Expiry expiry) {
        return keys.expire(caller, id, expiry == null ? null : expiry.at())
                .map(KeyView::of)
                .orElseThrow(() -> new NoSuchElementException(id));
    }

    @ExceptionHandler
    ProblemDetail invalid(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(NoSuchElementException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No access key " + e.getMessage());
    }
}
