package io.github.payhawk4j.spring.boot;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.WebhookHandler;
import io.github.payhawk4j.webhooks.WebhookResponse;
import io.github.payhawk4j.webhooks.event.ExpenseApproved;
import io.github.payhawk4j.webhooks.key.FixedPublicKeySource;
import io.github.payhawk4j.webhooks.key.PublicKeySource;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import io.github.payhawk4j.spring.boot.metrics.MicrometerClientListener;
import io.github.payhawk4j.spring.boot.metrics.MicrometerWebhookListener;
import io.github.payhawk4j.spring.boot.metrics.PayhawkMetricsAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import io.github.payhawk4j.webhooks.servlet.PayhawkWebhookFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's own beans win over the starter's, handlers declared by {@code @Bean} methods are routed by their
 * declared type, and handler beans that cannot be routed fail the start with a reason.
 */
class UserBeansTest {

    private static final WebhookSigner SIGNER = WebhookSigner.generate();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PayhawkClientAutoConfiguration.class,
                    PayhawkWebhooksAutoConfiguration.class))
            .withPropertyValues("payhawk.api-key=sk-test", "payhawk.account-id=acc-1");

    @Configuration(proxyBeanMethods = false)
    static class OwnBeans {

        final List<String> approved = new CopyOnWriteArrayList<>();

        @Bean
        PayhawkClient ownClient() {
            return PayhawkClient.builder().apiKey("sk-own").accountId("acc-own").build();
        }

        @Bean
        PublicKeySource ownKey() {
            return FixedPublicKeySource.parse(SIGNER.publicKeyPem());
        }

        @Bean
        WebhookHandler<ExpenseApproved> approvedByLambda() {
            return (event, context) -> approved.add(event.expenseId());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoHandlersOfOneType {

        @Bean
        WebhookHandler<ExpenseApproved> first() {
            return (event, context) -> { };
        }

        @Bean
        WebhookHandler<ExpenseApproved> second() {
            return (event, context) -> { };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class RawHandler {

        @Bean
        @SuppressWarnings("rawtypes")
        WebhookHandler raw() {
            return (event, context) -> { };
        }
    }

    @Test
    void theApplicationsOwnBeansAreUsedAndALambdaHandlerIsRoutedByItsDeclaredType() {
        runner.withUserConfiguration(OwnBeans.class).run(context -> {
            assertThat(context).hasSingleBean(PayhawkClient.class);
            assertThat(context.getBean(PayhawkClient.class).toString()).contains("acc-own");

            byte[] body = ("{\"id\":\"d-1\",\"accountId\":\"acc-1\",\"eventType\":\"expense.approved\","
                    + "\"payload\":{\"expenseId\":\"43\"}}").getBytes(StandardCharsets.UTF_8);
            Map<String, List<String>> headers = Map.of();
            WebhookResponse answer = context.getBean(WebhookDispatcher.class).handle("/payhawk/webhooks",
                    toHeaders(SIGNER.headers("/payhawk/webhooks", body, Instant.now()), headers), body);

            assertThat(answer.status()).isEqualTo(200);
            assertThat(context.getBean(OwnBeans.class).approved).containsExactly("43");
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnFilterRegistration {

        @Bean
        FilterRegistrationBean<PayhawkWebhookFilter> ownRegistration(WebhookDispatcher dispatcher) {
            FilterRegistrationBean<PayhawkWebhookFilter> registration =
                    new FilterRegistrationBean<>(new PayhawkWebhookFilter(dispatcher));
            registration.addUrlPatterns("/hooks");
            return registration;
        }
    }

    @Test
    void inAServletAppTheFilterIsRegisteredOnceOnThePathUnlessTheApplicationRegistersItItself() {
        WebApplicationContextRunner web = new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(PayhawkClientAutoConfiguration.class,
                        PayhawkWebhooksAutoConfiguration.class))
                .withPropertyValues("payhawk.api-key=sk-test", "payhawk.webhooks.path=/erp/payhawk");

        web.run(context -> assertThat(context.getBean("payhawkWebhookFilter", FilterRegistrationBean.class)
                .getUrlPatterns()).containsExactly("/erp/payhawk"));
        web.withUserConfiguration(OwnFilterRegistration.class).run(context -> assertThat(context)
                .hasSingleBean(FilterRegistrationBean.class).hasBean("ownRegistration"));
    }

    @Test
    void twoHandlersOfOneEventTypeFailTheStart() {
        runner.withUserConfiguration(TwoHandlersOfOneType.class).run(context -> assertThat(context)
                .getFailure().rootCause().isInstanceOf(PayhawkConfigurationException.class)
                .hasMessageContaining("'first' and 'second' both handle ExpenseApproved"));
    }

    @Test
    void aHandlerWhoseEventTypeCannotBeReadFailsTheStart() {
        runner.withUserConfiguration(RawHandler.class).run(context -> assertThat(context)
                .getFailure().rootCause().isInstanceOf(PayhawkConfigurationException.class)
                .hasMessageContaining("the event type bean 'raw' handles cannot be read"));
    }

    @Test
    void aGroupHandlerCoversItsGroupsEventTypesForSubscribing() {
        runner.withBean(PaymentUpdates.class).withBean(ExpenseApprovals.class)
                .withPropertyValues("payhawk.webhooks.subscriptions.ensure=true",
                        "payhawk.webhooks.callback-url=https://erp.example.com/payhawk/webhooks")
                .run(context -> assertThat(context.getBean(RequiredSubscriptions.class).eventTypes())
                        .extracting(type -> type.value())
                        .containsExactlyInAnyOrder("expense.approved", "payment.authorized", "payment.reverted",
                                "payment.settled", "payment.failed"));
    }

    @Test
    void metersAreBoundOnlyWhereTheApplicationHasAMeterRegistry() {
        ApplicationContextRunner withMetrics = runner.withConfiguration(
                AutoConfigurations.of(PayhawkMetricsAutoConfiguration.class));

        withMetrics.run(context -> assertThat(context).hasNotFailed()
                .doesNotHaveBean(MicrometerWebhookListener.class).doesNotHaveBean(MicrometerClientListener.class));
        withMetrics.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> assertThat(context)
                .hasSingleBean(MicrometerWebhookListener.class).hasSingleBean(MicrometerClientListener.class));
    }

    private static Map<String, List<String>> toHeaders(Map<String, String> single, Map<String, List<String>> none) {
        Map<String, List<String>> headers = new java.util.HashMap<>(none);
        single.forEach((name, value) -> headers.put(name, List.of(value)));
        return headers;
    }

}
