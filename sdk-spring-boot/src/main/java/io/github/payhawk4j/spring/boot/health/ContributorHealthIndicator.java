package io.github.payhawk4j.spring.boot.health;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** {@link PayhawkHealthCheck} as a Spring Boot 4 health indicator ({@code org.springframework.boot.health.contributor}). */
final class ContributorHealthIndicator implements HealthIndicator {

    private final PayhawkHealthCheck check;

    ContributorHealthIndicator(PayhawkHealthCheck check) {
        this.check = check;
    }

    @Override
    public Health health() {
        PayhawkHealthCheck.Report report = check.check();
        return (report.up() ? Health.up() : Health.down()).withDetails(report.details()).build();
    }
}
