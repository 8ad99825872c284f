package io.github.payhawk4j.spring.boot.health;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** {@link PayhawkHealthCheck} as a Spring Boot 3 health indicator ({@code org.springframework.boot.actuate.health}). */
final class ActuatorHealthIndicator implements HealthIndicator {

    private final PayhawkHealthCheck check;

    ActuatorHealthIndicator(PayhawkHealthCheck check) {
        this.check = check;
    }

    @Override
    public Health health() {
        PayhawkHealthCheck.Report report = check.check();
        return (report.up() ? Health.up() : Health.down()).withDetails(report.details()).build();
    }
}
