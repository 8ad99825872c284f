package io.github.payhawk4j.query;

/** The checks of {@code $skip} and {@code $take} every paged query shares. */
final class PageWindow {

    private PageWindow() {
    }

    static int checkSkip(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("skip must be 0 or more, was " + value);
        }
        return value;
    }

    static int checkTake(int value, int max) {
        if (value < 1 || value > max) {
            throw new IllegalArgumentException("take must be between 1 and " + max + " (Payhawk's page limit), was " + value);
        }
        return value;
    }
}
