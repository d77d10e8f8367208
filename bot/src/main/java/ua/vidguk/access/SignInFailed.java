package ua.vidguk.access;

import java.time.Instant;

/**
 * A wrong credential was presented: a bearer key or token, or a console sign-in.
 *
 * @param what which kind ({@code bearer token}, {@code console sign-in})
 * @param who the account name typed at the console's sign-in, empty for a token
 * @param address the client's address
 */
public record SignInFailed(String what, String who, String address, Instant at) {}
