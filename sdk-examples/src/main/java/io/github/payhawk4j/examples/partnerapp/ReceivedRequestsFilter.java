package io.github.payhawk4j.examples.partnerapp;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import java.io.IOException;
import java.util.Objects;

/** Counts every request to the webhook endpoint, before anything is verified, then passes it on. */
final class ReceivedRequestsFilter implements Filter {

    private final DeliveryCounters counters;

    ReceivedRequestsFilter(DeliveryCounters counters) {
        this.counters = Objects.requireNonNull(counters, "counters");
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        counters.received();
        chain.doFilter(request, response);
    }
}
