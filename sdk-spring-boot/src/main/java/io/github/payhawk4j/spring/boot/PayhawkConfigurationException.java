package io.github.payhawk4j.spring.boot;

import java.util.Objects;

/**
 * A {@code payhawk.*} setting is missing or wrong, found while the application starts. Names the property and says
 * how to fix it; {@link PayhawkFailureAnalyzer} turns it into Spring Boot's start-up failure report.
 */
public class PayhawkConfigurationException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String property;
    private final String action;

    /**
     * A configuration failure.
     *
     * @param property the property at fault, e.g. {@code payhawk.api-key}
     * @param problem  what is wrong with it
     * @param action   what to do about it
     */
    public PayhawkConfigurationException(String property, String problem, String action) {
        super(Objects.requireNonNull(property, "property") + ": " + Objects.requireNonNull(problem, "problem"));
        this.property = property;
        this.action = Objects.requireNonNull(action, "action");
    }

    /** {@return the property at fault, e.g. {@code payhawk.api-key}} */
    public String property() {
        return property;
    }

    /** {@return what to do about it} */
    public String action() {
        return action;
    }
}
