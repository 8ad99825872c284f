package io.github.payhawk4j.webhooks.logging;

import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.simple.SimpleServiceProvider;
import org.slf4j.spi.MDCAdapter;

/**
 * The tests' slf4j binding: slf4j-simple (so tests can read the log from {@code System.err}) with a working MDC,
 * which slf4j-simple lacks, so tests can see what the SDK puts into the MDC. Selected with the system property
 * {@code slf4j.provider} in the surefire configuration.
 */
public final class SimpleLoggerWithMdc extends SimpleServiceProvider {

    private final MDCAdapter mdc = new BasicMDCAdapter();

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }
}
