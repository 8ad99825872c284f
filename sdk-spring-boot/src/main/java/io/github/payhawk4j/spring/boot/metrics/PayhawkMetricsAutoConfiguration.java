package io.github.payhawk4j.spring.boot.metrics;

import io.github.payhawk4j.spring.boot.PayhawkWebhooksAutoConfiguration;
import io.github.payhawk4j.webhooks.catchup.SubscriptionMonitor;
import io.github.payhawk4j.webhooks.inbox.WebhookInbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer meters and observations of the client and the webhook receiver, when the application has Micrometer
 * and a {@code MeterRegistry} (Spring Boot Actuator makes one). See {@link MicrometerClientListener},
 * {@link MicrometerWebhookListener}, {@link InboxMeters} and {@link MonitorMeters} for the names.
 */
@AutoConfiguration(after = PayhawkWebhooksAutoConfiguration.class, afterName = {
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",       // Boot 3
        "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",    // Boot 4
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"})
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
public class PayhawkMetricsAutoConfiguration {

    /** Created by Spring Boot's auto-configuration. */
    public PayhawkMetricsAutoConfiguration() {
    }

    /**
     * Observes the client's attempts in the application's {@code ObservationRegistry} (where Boot adds the meter and
     * tracing handlers), or, without one, in a registry of its own that only makes the timers.
     */
    @Bean
    @ConditionalOnMissingBean
    public MicrometerClientListener payhawkClientMetrics(ObjectProvider<ObservationRegistry> observations,
                                                         MeterRegistry meters) {
        ObservationRegistry registry = observations.getIfAvailable(() -> {
            ObservationRegistry own = ObservationRegistry.create();
            own.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
            return own;
        });
        return new MicrometerClientListener(registry, meters);
    }

    /** Counts deliveries by outcome and times handlers. */
    @Bean
    @ConditionalOnMissingBean
    public MicrometerWebhookListener payhawkWebhookMetrics(MeterRegistry meters) {
        return new MicrometerWebhookListener(meters);
    }

    /** The subscription monitor's checks, gaps and caught-up events as counters, when the monitor runs. */
    @Bean
    @ConditionalOnBean(SubscriptionMonitor.class)
    @ConditionalOnMissingBean
    public MonitorMeters payhawkMonitorMeters(MeterRegistry meters) {
        return new MonitorMeters(meters);
    }

    /** The inbox's backlog, dead count and oldest wait as gauges, in mode inbox. */
    @Bean
    @ConditionalOnBean(WebhookInbox.class)
    @ConditionalOnMissingBean
    public InboxMeters payhawkInboxMeters(WebhookInbox inbox) {
        return new InboxMeters(inbox);
    }
}
