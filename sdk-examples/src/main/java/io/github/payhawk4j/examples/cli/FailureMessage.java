package io.github.payhawk4j.examples.cli;

import io.github.payhawk4j.error.ApiConnectionException;
import io.github.payhawk4j.error.AuthenticationException;
import io.github.payhawk4j.error.PayhawkException;
import io.github.payhawk4j.error.PermissionException;
import io.github.payhawk4j.error.RateLimitedException;

import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * Turns a failure into the one line a program prints on stderr before exiting with 1: what went wrong
 * and, for the usual causes (wrong key, wrong account, no network), what to check. SDK errors never carry
 * the API key, so neither do these lines. Only failures nobody expects (bugs) also get a stack trace.
 */
final class FailureMessage {

    private FailureMessage() {
    }

    /** Prints {@code error: <line>} for {@code failure}, plus a stack trace if it is unexpected. */
    static void print(Throwable failure, PrintStream err) {
        err.println("error: " + of(failure));
        if (!isExpected(failure)) {
            failure.printStackTrace(err);
        }
    }

    /** The line for {@code failure}, without the {@code error: } prefix. */
    static String of(Throwable failure) {
        PayhawkException api = apiFailure(failure);
        if (api == null) {
            return oneLine(failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName());
        }
        String line = oneLine(api.getMessage());
        if (api instanceof AuthenticationException) {
            return "Payhawk did not accept the API key: " + line + "; check " + PayhawkConnection.API_KEY;
        }
        if (api instanceof PermissionException) {
            return "the API key may not do this: " + line + "; check " + PayhawkConnection.ACCOUNT_ID
                    + " and the key's permissions";
        }
        if (api instanceof RateLimitedException) {
            return "Payhawk's rate limit was hit and retries ran out: " + line + "; try again in a moment";
        }
        if (api instanceof ApiConnectionException) {
            Throwable cause = api.getCause();
            String detail = cause == null || cause.getMessage() == null ? "" : oneLine(cause.getMessage());
            String why = detail.isEmpty() || line.contains(detail) ? "" : " (" + detail + ")";
            return "could not reach Payhawk: " + line + why + "; check " + PayhawkConnection.BASE_URL
                    + " and the network";
        }
        return line;
    }

    private static boolean isExpected(Throwable failure) {
        return apiFailure(failure) != null
                || failure instanceof IllegalArgumentException
                || failure instanceof IllegalStateException
                || failure instanceof UncheckedIOException;
    }

    private static PayhawkException apiFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayhawkException api) {
                return api;
            }
        }
        return null;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
