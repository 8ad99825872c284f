package io.github.payhawk4j.spring.boot.health;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.spring.boot.PayhawkProperties;
import io.github.payhawk4j.spring.boot.PayhawkWebhooksAutoConfiguration;
import io.github.payhawk4j.spring.boot.RequiredSubscriptions;
import io.github.payhawk4j.webhooks.catchup.SubscriptionMonitor;
import io.github.payhawk4j.webhooks.inbox.WebhookInbox;
import io.github.payhawk4j.webhooks.key.PublicKeySource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The health indicator {@code payhawk} (see {@link PayhawkHealthCheck}), when the application has Spring Boot's
 * health support: Actuator's {@code HealthIndicator} on Boot 3, {@code spring-boot-health}'s on Boot 4.
 */
@AutoConfiguration(after = PayhawkWebhooksAutoConfiguration.class)
@ConditionalOnBean(PublicKeySource.class)
public class PayhawkHealthAutoConfiguration {

    /** Created by Spring Boot's auto-configuration. */
    public PayhawkHealthAutoConfiguration() {
    }

    /** The check behind the indicator: key, ensured subscriptions (the monitor's last report if it runs), inbox thresholds. */
    @Bean
    @ConditionalOnMissingBean
    public PayhawkHealthCheck payhawkHealthCheck(PublicKeySource keySource, PayhawkClient client,
                                                 PayhawkProperties properties, ObjectProvider<WebhookInbox> inbox,
                                                 ObjectProvider<RequiredSubscriptions> subscriptions,
                                                 ObjectProvider<SubscriptionMonitor> monitor) {
        boolean checked = properties.getHealth().isCheckSubscriptions();
        return new PayhawkHealthCheck(keySource, client, checked ? subscriptions.getIfAvailable() : null,
                checked ? monitor.getIfAvailable() : null, inbox.getIfAvailable(), properties.getHealth(),
                Clock.systemUTC());
    }

    /** Spring Boot 3. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    static class Boot3 {

        @Bean
        @ConditionalOnMissingBean(name = "payhawkHealthIndicator")
        ActuatorHealthIndicator payhawkHealthIndicator(PayhawkHealthCheck check) {
            return new ActuatorHealthIndicator(check);
        }
    }

    /** Spring Boot 4. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    static class Boot4 {

        @Bean
        @ConditionalOnMissingBean(name = "payhawkHealthIndicator")
        ContributorHealthIndicator payhawkHealthIndicator(PayhawkHealthCheck check) {
            return new ContributorHealthIndicator(check);
        }
    }
}
