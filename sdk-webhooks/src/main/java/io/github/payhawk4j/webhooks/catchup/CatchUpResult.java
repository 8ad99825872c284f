package io.github.payhawk4j.webhooks.catchup;

import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link CatchUp} did for one {@link DeliveryGap}.
 *
 * @param gap         the window caught up
 * @param outcome     whether the gap is closed
 * @param synthesized events synthesized from the API for the window
 * @param processed   of those, handled now
 * @param duplicates  of those, skipped because an earlier catch-up had handled the same event (same delivery id)
 * @param failure     why the catch-up stopped, when {@code outcome} is {@link Outcome#FAILED}
 */
public record CatchUpResult(DeliveryGap gap, Outcome outcome, int synthesized, int processed, int duplicates,
                            Optional<String> failure) {

    /** How a catch-up ended. */
    public enum Outcome {
        /** Every change the API lists in the window went through the handlers: the gap is closed. */
        CLOSED,
        /**
         * The API cannot list what happened in the window for this event type (see
         * {@link CatchUp#canReconstruct}): nothing was synthesized; the gap stays a loss to handle yourself.
         */
        NOT_RECONSTRUCTABLE,
        /** A handler, the delivery store or the API failed; the gap stays open and is tried again. */
        FAILED
    }

    /** Checks the fields are present. */
    public CatchUpResult {
        Objects.requireNonNull(gap, "gap");
        Objects.requireNonNull(outcome, "outcome");
        failure = failure == null ? Optional.empty() : failure;
    }

    /** Whether the gap is closed. */
    public boolean closed() {
        return outcome == Outcome.CLOSED;
    }
}
