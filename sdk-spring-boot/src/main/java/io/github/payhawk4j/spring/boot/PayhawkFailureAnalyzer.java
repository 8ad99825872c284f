package io.github.payhawk4j.spring.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link PayhawkConfigurationException} (a missing API key, a callback URL that is not HTTPS, a mode that
 * needs a DataSource the application lacks, ...) into Spring Boot's "APPLICATION FAILED TO START" report: the
 * property at fault, what is wrong, and what to do, instead of a stack trace.
 */
public class PayhawkFailureAnalyzer extends AbstractFailureAnalyzer<PayhawkConfigurationException> {

    /** Registered in {@code META-INF/spring.factories}. */
    public PayhawkFailureAnalyzer() {
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PayhawkConfigurationException cause) {
        return new FailureAnalysis("The Payhawk SDK is not configured correctly: " + cause.getMessage(),
                cause.action(), cause);
    }
}
