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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Personal accounts for the console: heads of centres, regional and ministry coordinators.
 * Coordinator or admin; a coordinator invites and sees accounts only within its own scope, and
 * never an admin's.
 */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountController {

    private final Accounts accounts;

    AccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    /** @param scope {@code national}, {@code region:UA-74} or {@code cnaps:<code>[,<code>…]} */
    record AccountRequest(
            @Nullable String email,
            @Nullable String name,
            @Nullable String role,
            @Nullable String scope) {}

    /** An account as listed: never its password or invitation, only whether one is open. */
    record AccountView(
            String email,
            String name,
            String role,
            String scope,
            boolean passwordSet,
            @Nullable Instant inviteExpiresAt,
            Instant createdAt,
            String createdBy,
            @Nullable Instant disabledAt,
            @Nullable Instant lastSignInAt) {

        static AccountView of(Account account) {
            return new AccountView(
                    account.id(),
                    account.name(),
                    account.role().label(),
                    account.scope(),
                    account.passwordHash() != null,
                    account.inviteHash() == null ? null : account.inviteExpiresAt(),
                    account.createdAt(),
                    account.createdBy(),
                    account.disabledAt(),
                    account.lastSignInAt());
        }
    }

    /** The only answer that carries the link: hand it to the person now, it cannot be shown again. */
    record InvitedAccount(String inviteUrl, AccountView account) {}

    @PostMapping
    @Audited("account.invited")
    ResponseEntity<InvitedAccount> invite(@AuthenticationPrincipal Caller caller, @RequestBody AccountRequest request) {
        var invited = accounts.invite(
                caller,
                required(request.email(), "email"),
                required(request.name(), "name"),
                Role.parse(required(request.role(), "role")),
                AccessScope.parse(required(request.scope(), "scope")));
        return ResponseEntity.created(
                        URI.create("/api/v1/accounts/" + invited.account().id()))
                .body(answer(invited));
    }

    @GetMapping
    List<AccountView> list(@AuthenticationPrincipal Caller caller) {
        return accounts.visibleTo(caller).stream().map(AccountView::of).toList();
    }

    @PostMapping("/{email}/invite")
    @Audited("account.reinvited")
    InvitedAccount reinvite(@AuthenticationPrincipal Caller caller, @PathVariable String email) {
        return accounts.reinvite(caller, email).map(AccountController::answer).orElseThrow(NoSuchElementException::new);
    }

    @PostMapping("/{email}/disable")
    @Audited("account.disabled")
    AccountView disable(@AuthenticationPrincipal Caller caller, @PathVariable String email) {
        return accounts.disable(caller, email).map(AccountView::of).orElseThrow(NoSuchElementException::new);
    }

    // The link points at the address the request came to, so that it works behind the same proxy.
    private static InvitedAccount answer(Accounts.Invited invited) {
        String url = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/invite/{token}")
                .buildAndExpand(invited.token())
                .toUriString();
        return new InvitedAccount(url, AccountView.of(invited.account()));
    }

    private static String required(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    @ExceptionHandler
    ProblemDetail invalid(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(NoSuchElementException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such account");
    }
}
