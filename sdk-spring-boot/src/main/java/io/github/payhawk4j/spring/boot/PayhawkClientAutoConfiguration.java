package io.github.payhawk4j.spring.boot;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.observation.PayhawkClientListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.util.List;

/**
 * The {@link PayhawkClient} from {@code payhawk.*}: API key, account, base URL, timeouts, retries, rate limit; told
 * about its calls by every {@link PayhawkClientListener} bean (the starter's Micrometer one among them).
 */
@AutoConfiguration
@EnableConfigurationProperties(PayhawkProperties.class)
public class PayhawkClientAutoConfiguration {

    /** Created by Spring Boot's auto-configuration. */
    public PayhawkClientAutoConfiguration() {
    }

    /**
     * The client, built once and shared.
     *
     * @throws PayhawkConfigurationException if {@code payhawk.api-key} is missing or a setting is invalid
     */
    @Bean
    @ConditionalOnMissingBean
    public PayhawkClient payhawkClient(PayhawkProperties properties, ObjectProvider<PayhawkClientListener> listeners) {
        if (properties.getApiKey() == null || properties.getApiKey().isBlank()) {
            throw new PayhawkConfigurationException("payhawk.api-key", "no API key is configured",
                    "Set payhawk.api-key to the API key Payhawk issued for your integration, e.g. from an"
                            + " environment variable: payhawk.api-key: ${PAYHAWK_API_KEY}");
        }
        PayhawkClient.Builder builder = PayhawkClient.builder()
                .apiKey(properties.getApiKey().trim())
                .accountId(properties.getAccountId())
                .baseUrl(properties.getBaseUrl())
                .appInfo(properties.getAppInfo());
        try {
            builder.connectTimeout(properties.getConnectTimeout())
                    .requestTimeout(properties.getRequestTimeout())
                    .maxRetries(properties.getMaxRetries());
            if (properties.getRateLimit() == 0) {
                builder.disableRateLimit();
            } else {
                builder.rateLimit(properties.getRateLimit());
            }
            List<PayhawkClientListener> all = listeners.orderedStream().toList();
            if (!all.isEmpty()) {
                builder.listener(all.size() == 1 ? all.get(0) : new ClientListeners(all));
            }
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new PayhawkConfigurationException("payhawk", e.getMessage(),
                    "Correct the payhawk.* setting the message names (payhawk.base-url, payhawk.api-key,"
                            + " timeouts, retries, rate-limit).");
        }
    }
}
