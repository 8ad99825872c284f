package io.github.payhawk4j.spring.boot;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.WebhookReceiver;
import io.github.payhawk4j.webhooks.WebhookVerifier;
import io.github.payhawk4j.webhooks.catchup.CatchUp;
import io.github.payhawk4j.webhooks.catchup.InMemoryWatermarkStore;
import io.github.payhawk4j.webhooks.catchup.JdbcWatermarkStore;
import io.github.payhawk4j.webhooks.catchup.MonitorReport;
import io.github.payhawk4j.webhooks.catchup.ReceivedDeliveries;
import io.github.payhawk4j.webhooks.catchup.SubscriptionMonitor;
import io.github.payhawk4j.webhooks.catchup.WatermarkStore;
import io.github.payhawk4j.webhooks.delivery.DeliveryStore;
import io.github.payhawk4j.webhooks.delivery.JdbcDeliveryStore;
import io.github.payhawk4j.webhooks.inbox.WebhookInbox;
import io.github.payhawk4j.webhooks.key.ApiPublicKeySource;
import io.github.payhawk4j.webhooks.key.PublicKeySource;
import io.github.payhawk4j.webhooks.observation.WebhookListener;
import io.github.payhawk4j.webhooks.servlet.PayhawkWebhookFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The webhook receiver from {@code payhawk.webhooks.*}: Payhawk's key fetched through the client, the verifier, the
 * dispatcher with every {@code WebhookHandler} bean, the delivery store or inbox the mode asks for, the servlet
 * filter on the path, and the subscriptions ensured at start-up when asked, or kept active and gap-free by the
 * {@link SubscriptionMonitor} when {@code payhawk.webhooks.monitor.enabled}.
 */
@AutoConfiguration(after = PayhawkClientAutoConfiguration.class, afterName = {
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",   // Boot 3
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"})  // Boot 4
@ConditionalOnProperty(prefix = "payhawk.webhooks", name = "enabled", matchIfMissing = true)
public class PayhawkWebhooksAutoConfiguration {

    /** The filter's order: right after Boot's {@code ServerHttpObservationFilter}, so deliveries are measured and traced. */
    public static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 2;

    private static final String MODE = "payhawk.webhooks.mode";
    private static final String MONITOR = "payhawk.webhooks.monitor";

    /** Created by Spring Boot's auto-configuration. */
    public PayhawkWebhooksAutoConfiguration() {
    }

    /** Payhawk's public key, fetched through the client on first use and cached; re-fetched at most once per cool-down. */
    @Bean
    @ConditionalOnMissingBean
    public PublicKeySource payhawkPublicKeySource(PayhawkClient client, PayhawkProperties properties) {
        return ApiPublicKeySource.builder(client).coolDown(properties.getWebhooks().getKeyCoolDown()).build();
    }

    /** Checks signatures and timestamps of deliveries. */
    @Bean
    @ConditionalOnMissingBean
    public WebhookVerifier payhawkWebhookVerifier(PublicKeySource publicKeySource, PayhawkProperties properties) {
        return WebhookVerifier.builder()
                .publicKeySource(publicKeySource)
                .tolerance(properties.getWebhooks().getTolerance())
                .build();
    }

    /**
     * Verifies, de-duplicates and runs the handler beans. Handlers: every {@code WebhookHandler} bean, by the event
     * type its declared type names. De-duplication: a {@code DeliveryStore} bean if there is one (mode jdbc makes
     * one), else in memory.
     */
    @Bean
    @ConditionalOnMissingBean
    public WebhookDispatcher payhawkWebhookDispatcher(WebhookVerifier verifier, PayhawkClient client,
                                                      PayhawkProperties properties,
                                                      ObjectProvider<DeliveryStore> deliveryStore,
                                                      ObjectProvider<WebhookListener> listeners,
                                                      ConfigurableListableBeanFactory beanFactory) {
        PayhawkProperties.Webhooks webhooks = properties.getWebhooks();
        WebhookDispatcher.Builder builder = WebhookDispatcher.builder()
                .verifier(verifier)
                .client(client)
                .maxBodyBytes(webhooks.getMaxBodyBytes())
                .bodyReadTimeout(webhooks.getBodyReadTimeout());
        WebhookHandlerBeans.of(beanFactory).registerOn(builder);
        deliveryStore.ifAvailable(builder::deliveryStore);
        if (webhooks.getMode() == PayhawkProperties.Mode.JDBC) {
            builder.handlersInTransaction(webhooks.getJdbc().isHandlersInTransaction());
        }
        if (!webhooks.getServedAccounts().isEmpty()) {
            builder.servesAccounts(webhooks.getServedAccounts());
        }
        List<WebhookListener> all = listeners.orderedStream().toList();
        if (!all.isEmpty()) {
            builder.listener(WebhookListener.all(all));
        }
        return builder.build();
    }

    /** The subscriptions to ensure, when {@code payhawk.webhooks.subscriptions.ensure}. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "payhawk.webhooks.subscriptions", name = "ensure", havingValue = "true")
    public RequiredSubscriptions payhawkRequiredSubscriptions(PayhawkProperties properties,
                                                              ConfigurableListableBeanFactory beanFactory) {
        return RequiredSubscriptions.of(properties, beanFactory);
    }

    /** Ensures the required subscriptions once the application is ready, where the monitor does not. */
    @Bean
    @ConditionalOnBean(RequiredSubscriptions.class)
    @ConditionalOnProperty(prefix = MONITOR, name = "enabled", havingValue = "false", matchIfMissing = true)
    SubscriptionsAtStartup payhawkSubscriptionsAtStartup(PayhawkClient client, RequiredSubscriptions required) {
        return new SubscriptionsAtStartup(client, required);
    }

    /**
     * When a delivery of each event type last arrived, for the monitor: a {@code WebhookListener} bean, so the
     * dispatcher tells it with the other listeners (the meters).
     */
    @Bean
    @ConditionalOnBean(RequiredSubscriptions.class)
    @ConditionalOnProperty(prefix = MONITOR, name = "enabled", havingValue = "true")
    @ConditionalOnMissingBean
    public ReceivedDeliveries payhawkReceivedDeliveries() {
        return new ReceivedDeliveries();
    }

    /**
     * Where the monitor keeps up to when the application has every event: a table of the application's DataSource
     * ({@code META-INF/payhawk4j/sql/catch-up-watermark-*.sql}) if it has one, so gaps survive restarts and are shared
     * by the instances; else in memory.
     */
    @Bean
    @ConditionalOnBean(RequiredSubscriptions.class)
    @ConditionalOnProperty(prefix = MONITOR, name = "enabled", havingValue = "true")
    @ConditionalOnMissingBean
    @DependsOnDatabaseInitialization
    public WatermarkStore payhawkWatermarkStore(ObjectProvider<DataSource> dataSource, PayhawkProperties properties) {
        DataSource found = dataSource.getIfUnique();
        return found == null ? new InMemoryWatermarkStore()
                : JdbcWatermarkStore.of(found, properties.getWebhooks().getMonitor().getWatermarkTableName());
    }

    /**
     * Checks the required subscriptions, re-creates one Payhawk deactivated, and, except in mode inbox, closes the
     * gap through the dispatcher's handlers ({@link CatchUp}); every {@code Consumer<MonitorReport>} bean (the
     * starter's meters) is told each report.
     */
    @Bean
    @ConditionalOnBean(RequiredSubscriptions.class)
    @ConditionalOnProperty(prefix = MONITOR, name = "enabled", havingValue = "true")
    @ConditionalOnMissingBean
    public SubscriptionMonitor payhawkSubscriptionMonitor(PayhawkClient client, RequiredSubscriptions required,
                                                          WatermarkStore watermarks, ReceivedDeliveries received,
                                                          WebhookDispatcher dispatcher, PayhawkProperties properties,
                                                          ObjectProvider<Consumer<MonitorReport>> reportListeners) {
        PayhawkProperties.Webhooks webhooks = properties.getWebhooks();
        SubscriptionMonitor.Builder builder = SubscriptionMonitor.builder(client)
                .requireAll(required.eventTypes(), required.callbackUrl())
                .watermarks(watermarks)
                .receivedDeliveries(received);
        try {
            builder.overlap(webhooks.getMonitor().getOverlap());
        } catch (IllegalArgumentException e) {
            throw new PayhawkConfigurationException(MONITOR + ".overlap", e.getMessage(),
                    "Set " + MONITOR + ".overlap to zero or a positive duration, e.g. 5m.");
        }
        // The catch-up runs its events through the dispatcher, not through an inbox's table: in mode inbox the
        // dispatcher has neither the shared store nor the transaction the handlers rely on, so gaps are only reported.
        if (webhooks.getMode() != PayhawkProperties.Mode.INBOX) {
            builder.catchUp(CatchUp.of(dispatcher, client));
        }
        List<Consumer<MonitorReport>> listeners = reportListeners.orderedStream().toList();
        if (!listeners.isEmpty()) {
            builder.onReport(report -> listeners.forEach(listener -> listener.accept(report)));
        }
        try {
            return builder.build();
        } catch (IllegalStateException e) {   // the client has no default account
            throw new PayhawkConfigurationException("payhawk.account-id", e.getMessage(),
                    "Set payhawk.account-id to the account whose webhook subscriptions the monitor keeps active,"
                            + " or set " + MONITOR + ".enabled to false.");
        }
    }

    /** Checks at start-up and then every {@code payhawk.webhooks.monitor.interval} while the application runs. */
    @Bean
    @ConditionalOnBean(SubscriptionMonitor.class)
    @ConditionalOnProperty(prefix = MONITOR, name = "enabled", havingValue = "true")
    SubscriptionMonitorLifecycle payhawkSubscriptionMonitorLifecycle(SubscriptionMonitor monitor,
                                                                      PayhawkProperties properties) {
        Duration interval = properties.getWebhooks().getMonitor().getInterval();
        if (interval == null || interval.isNegative()) {
            throw new PayhawkConfigurationException(MONITOR + ".interval", "'" + interval + "' is not a usable"
                    + " interval", "Set " + MONITOR + ".interval to a positive duration, e.g. 5m, or to 0 to check"
                    + " only at start-up and call SubscriptionMonitor.check() yourself.");
        }
        return new SubscriptionMonitorLifecycle(monitor, interval);
    }

    /** Mode jdbc: processed delivery ids shared by every instance in a table of the application's DataSource. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = MODE, havingValue = "jdbc")
    static class JdbcMode {

        @Bean
        @ConditionalOnMissingBean
        @DependsOnDatabaseInitialization
        DeliveryStore payhawkDeliveryStore(ObjectProvider<DataSource> dataSource, PayhawkProperties properties) {
            return JdbcDeliveryStore.builder(requireDataSource(dataSource, "jdbc"))
                    .tableName(properties.getWebhooks().getJdbc().getTableName())
                    .build();
        }
    }

    /** Mode inbox: deliveries stored in a table of the application's DataSource and handled by workers. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = MODE, havingValue = "inbox")
    static class InboxMode {

        @Bean
        @ConditionalOnMissingBean
        @DependsOnDatabaseInitialization
        WebhookInbox payhawkWebhookInbox(ObjectProvider<DataSource> dataSource, WebhookDispatcher dispatcher,
                                         PayhawkProperties properties) {
            PayhawkProperties.Inbox inbox = properties.getWebhooks().getInbox();
            return WebhookInbox.builder(requireDataSource(dataSource, "inbox"), dispatcher)
                    .tableName(inbox.getTableName())
                    .workers(inbox.getWorkers())
                    .maxAttempts(inbox.getMaxAttempts())
                    .pollInterval(inbox.getPollInterval())
                    .handlersInTransaction(inbox.isHandlersInTransaction())
                    .build();
        }

        @Bean
        @ConditionalOnProperty(prefix = "payhawk.webhooks.inbox", name = "workers-enabled", matchIfMissing = true)
        InboxWorkersLifecycle payhawkInboxWorkers(WebhookInbox inbox) {
            return new InboxWorkersLifecycle(inbox);
        }
    }

    /** The servlet filter on {@code payhawk.webhooks.path}, in a servlet web application. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "jakarta.servlet.Filter")
    static class Servlet {

        /** Backs off where the application registers the filter itself (a bean of {@code FilterRegistrationBean<PayhawkWebhookFilter>}). */
        @Bean
        @ConditionalOnMissingBean(value = PayhawkWebhookFilter.class, parameterizedContainer = FilterRegistrationBean.class)
        FilterRegistrationBean<PayhawkWebhookFilter> payhawkWebhookFilter(WebhookDispatcher dispatcher,
                                                                          ObjectProvider<WebhookInbox> inbox,
                                                                          PayhawkProperties properties) {
            PayhawkProperties.Webhooks webhooks = properties.getWebhooks();
            String path = WebhookPath.require(webhooks.getPath());
            WebhookInbox stored = inbox.getIfAvailable();
            WebhookReceiver receiver = stored != null ? stored : dispatcher;
            PayhawkWebhookFilter filter = webhooks.getCallbackUrl() == null || webhooks.getCallbackUrl().isBlank()
                    ? new PayhawkWebhookFilter(receiver)
                    : new PayhawkWebhookFilter(receiver, CallbackUrl.require(webhooks.getCallbackUrl()));
            FilterRegistrationBean<PayhawkWebhookFilter> registration = new FilterRegistrationBean<>(filter);
            registration.setName("payhawkWebhookFilter");
            registration.addUrlPatterns(path);
            registration.setOrder(FILTER_ORDER);
            registration.setAsyncSupported(true);
            return registration;
        }
    }

    private static DataSource requireDataSource(ObjectProvider<DataSource> dataSource, String mode) {
        DataSource found = dataSource.getIfUnique();
        if (found == null) {
            throw new PayhawkConfigurationException(MODE, "mode " + mode + " needs a DataSource, but the application"
                    + " has none (or several and none is @Primary)",
                    "Configure a DataSource (spring.datasource.url with spring-boot-starter-jdbc and the driver),"
                            + " or set " + MODE + " to in-memory.");
        }
        return found;
    }
}
