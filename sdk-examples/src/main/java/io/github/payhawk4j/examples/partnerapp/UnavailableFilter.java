package io.github.payhawk4j.examples.partnerapp;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/** Answers 503 to every request while the app is "down" (the demo's outage); passes them on otherwise. */
final class UnavailableFilter implements Filter {

    private final BooleanSupplier down;

    UnavailableFilter(BooleanSupplier down) {
        this.down = Objects.requireNonNull(down, "down");
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (down.getAsBoolean()) {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        chain.doFilter(request, response);
    }
}
