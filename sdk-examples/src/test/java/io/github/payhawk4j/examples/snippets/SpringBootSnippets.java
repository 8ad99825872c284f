package io.github.payhawk4j.examples.snippets;

import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.servlet.PayhawkWebhookFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The Spring Boot registration shown in docs/servlet-filter.md; {@code SpringBootSnippetsTest} runs it in a Boot app. */
@Configuration(proxyBeanMethods = false)
class SpringBootSnippets {

    // tag::filter-registration[]
    @Bean
    FilterRegistrationBean<PayhawkWebhookFilter> payhawkWebhooks(WebhookDispatcher dispatcher) {
        FilterRegistrationBean<PayhawkWebhookFilter> registration =
                new FilterRegistrationBean<>(new PayhawkWebhookFilter(dispatcher));
        registration.addUrlPatterns("/payhawk/webhooks");
        // Right after Boot's ServerHttpObservationFilter (HIGHEST_PRECEDENCE + 1): deliveries are measured and
        // traced; and before every filter that reads the body, Spring Security included.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }
    // end::filter-registration[]
}
