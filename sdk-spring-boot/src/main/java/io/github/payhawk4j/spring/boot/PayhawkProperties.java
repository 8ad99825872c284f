package io.github.payhawk4j.spring.boot;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.WebhookVerifier;
import io.github.payhawk4j.webhooks.catchup.JdbcWatermarkStore;
import io.github.payhawk4j.webhooks.catchup.SubscriptionMonitor;
import io.github.payhawk4j.webhooks.inbox.WebhookInbox;
import io.github.payhawk4j.webhooks.delivery.JdbcDeliveryStore;
import io.github.payhawk4j.webhooks.key.ApiPublicKeySource;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code payhawk.*} settings: the client's, and under {@code payhawk.webhooks} the receiver's. Bound by Spring
 * Boot from {@code application.yml}; the defaults are the SDK's.
 */
@ConfigurationProperties("payhawk")
public class PayhawkProperties {

    /** The API key Payhawk issued for the integration (sent as X-Payhawk-ApiKey; never logged). Required. */
    private String apiKey;

    /** The account the client works on by default, e.g. client.expenses(). */
    private String accountId;

    /** The API's base URL: HTTPS, or plain HTTP to a loopback host (a local sandbox). */
    private String baseUrl = PayhawkClient.DEFAULT_BASE_URL;

    /** How long connecting to the API may take. */
    private Duration connectTimeout = Duration.ofSeconds(10);

    /** How long one attempt may wait for its response. */
    private Duration requestTimeout = Duration.ofSeconds(30);

    /** Retries after a call's first attempt (429 always; 502, 503, 504 and I/O failures for safe methods); 0 switches them off. */
    private int maxRetries = 3;

    /** Client-side limit of requests per sliding second, Payhawk's per key; 0 switches the limiter off. Lower it when several instances share a key. */
    private int rateLimit = 15;

    /** Your application's name and version, appended to the User-Agent, e.g. acme-erp-sync/2.1. */
    private String appInfo;

    private final Webhooks webhooks = new Webhooks();

    private final Health health = new Health();

    /** {@return the API key} */
    public String getApiKey() {
        return apiKey;
    }

    /** Sets the API key. */
    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    /** {@return the default account} */
    public String getAccountId() {
        return accountId;
    }

    /** Sets the default account. */
    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    /** {@return the API's base URL} */
    public String getBaseUrl() {
        return baseUrl;
    }

    /** Sets the API's base URL. */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** {@return the connect timeout} */
    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    /** Sets the connect timeout. */
    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /** {@return the timeout of one attempt} */
    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    /** Sets the timeout of one attempt. */
    public void setRequestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    /** {@return the retries after a first attempt} */
    public int getMaxRetries() {
        return maxRetries;
    }

    /** Sets the retries after a first attempt. */
    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    /** {@return the client-side rate limit, requests per second, 0 for none} */
    public int getRateLimit() {
        return rateLimit;
    }

    /** Sets the client-side rate limit. */
    public void setRateLimit(int rateLimit) {
        this.rateLimit = rateLimit;
    }

    /** {@return the application's name and version for the User-Agent} */
    public String getAppInfo() {
        return appInfo;
    }

    /** Sets the application's name and version for the User-Agent. */
    public void setAppInfo(String appInfo) {
        this.appInfo = appInfo;
    }

    /** {@return the webhook receiver's settings} */
    public Webhooks getWebhooks() {
        return webhooks;
    }

    /** {@return the health indicator's thresholds} */
    public Health getHealth() {
        return health;
    }

    /** How deliveries are de-duplicated and when handlers run. */
    public enum Mode {
        /** Handlers run in the request; processed ids are remembered in this process's memory (one instance). */
        IN_MEMORY,
        /** Handlers run in the request; processed ids are shared by all instances in a JDBC table. */
        JDBC,
        /** The request only stores the verified delivery in a JDBC table; workers run the handlers. */
        INBOX
    }

    /** The {@code payhawk.webhooks.*} settings. */
    public static class Webhooks {

        /** Whether to receive webhooks: the verifier, the dispatcher and the servlet filter. */
        private boolean enabled = true;

        /** The path the servlet filter answers deliveries on; nothing else reaches it. */
        private String path = "/payhawk/webhooks";

        /** The callback URL registered with Payhawk. Its path is the one Payhawk signs (set it behind a path-rewriting proxy); needed to ensure subscriptions. */
        private String callbackUrl;

        /** How deliveries are de-duplicated and when handlers run: in-memory, jdbc or inbox (both need a DataSource). */
        private Mode mode = Mode.IN_MEMORY;

        /** How far a delivery's signed timestamp may be from this server's clock, either way. */
        private Duration tolerance = WebhookVerifier.DEFAULT_TOLERANCE;

        /** The least time between two fetches of Payhawk's public key after a delivery failed to verify. */
        private Duration keyCoolDown = ApiPublicKeySource.DEFAULT_COOL_DOWN;

        /** The largest delivery body accepted, in bytes; larger is answered 413. */
        private int maxBodyBytes = WebhookDispatcher.DEFAULT_MAX_BODY_BYTES;

        /** The longest time a whole delivery body may take to arrive; then 408. */
        private Duration bodyReadTimeout = WebhookDispatcher.DEFAULT_BODY_READ_TIMEOUT;

        /** The accounts served; a verified delivery for any other account is answered 401. Empty: every account. */
        private List<String> servedAccounts = new ArrayList<>();

        private final Subscriptions subscriptions = new Subscriptions();

        private final Jdbc jdbc = new Jdbc();

        private final Inbox inbox = new Inbox();

        private final Monitor monitor = new Monitor();

        /** {@return whether webhooks are received} */
        public boolean isEnabled() {
            return enabled;
        }

        /** Sets whether webhooks are received. */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** {@return the filter's path} */
        public String getPath() {
            return path;
        }

        /** Sets the filter's path. */
        public void setPath(String path) {
            this.path = path;
        }

        /** {@return the callback URL registered with Payhawk} */
        public String getCallbackUrl() {
            return callbackUrl;
        }

        /** Sets the callback URL registered with Payhawk. */
        public void setCallbackUrl(String callbackUrl) {
            this.callbackUrl = callbackUrl;
        }

        /** {@return the mode} */
        public Mode getMode() {
            return mode;
        }

        /** Sets the mode. */
        public void setMode(Mode mode) {
            this.mode = mode;
        }

        /** {@return the timestamp tolerance} */
        public Duration getTolerance() {
            return tolerance;
        }

        /** Sets the timestamp tolerance. */
        public void setTolerance(Duration tolerance) {
            this.tolerance = tolerance;
        }

        /** {@return the key fetch cool-down} */
        public Duration getKeyCoolDown() {
            return keyCoolDown;
        }

        /** Sets the key fetch cool-down. */
        public void setKeyCoolDown(Duration keyCoolDown) {
            this.keyCoolDown = keyCoolDown;
        }

        /** {@return the body limit in bytes} */
        public int getMaxBodyBytes() {
            return maxBodyBytes;
        }

        /** Sets the body limit in bytes. */
        public void setMaxBodyBytes(int maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
        }

        /** {@return the body read timeout} */
        public Duration getBodyReadTimeout() {
            return bodyReadTimeout;
        }

        /** Sets the body read timeout. */
        public void setBodyReadTimeout(Duration bodyReadTimeout) {
            this.bodyReadTimeout = bodyReadTimeout;
        }

        /** {@return the accounts served, empty for all} */
        public List<String> getServedAccounts() {
            return servedAccounts;
        }

        /** Sets the accounts served. */
        public void setServedAccounts(List<String> servedAccounts) {
            this.servedAccounts = servedAccounts;
        }

        /** {@return the subscription settings} */
        public Subscriptions getSubscriptions() {
            return subscriptions;
        }

        /** {@return the JDBC delivery store's settings} */
        public Jdbc getJdbc() {
            return jdbc;
        }

        /** {@return the inbox's settings} */
        public Inbox getInbox() {
            return inbox;
        }

        /** {@return the subscription monitor's settings} */
        public Monitor getMonitor() {
            return monitor;
        }
    }

    /** The {@code payhawk.webhooks.monitor.*} settings: the subscription monitor and its catch-up. */
    public static class Monitor {

        /** Whether to check the ensured subscriptions on a schedule, re-create one Payhawk deactivated and catch up the gap through the handlers (needs subscriptions.ensure). */
        private boolean enabled;

        /** How long after one check ends the next starts; 0 checks once at start-up only, and SubscriptionMonitor.check() is yours to call. */
        private Duration interval = Duration.ofMinutes(5);

        /** How far before the last delivery received a gap starts, for deliveries Payhawk was still retrying; what it repeats is de-duplicated. */
        private Duration overlap = SubscriptionMonitor.DEFAULT_OVERLAP;

        /** The watermark table when the application has a DataSource, optionally schema-qualified; create it from META-INF/payhawk4j/sql/catch-up-watermark-*.sql. */
        private String watermarkTableName = JdbcWatermarkStore.DEFAULT_TABLE;

        /** {@return whether the monitor runs} */
        public boolean isEnabled() {
            return enabled;
        }

        /** Sets whether the monitor runs. */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** {@return the delay between checks, zero for a check at start-up only} */
        public Duration getInterval() {
            return interval;
        }

        /** Sets the delay between checks. */
        public void setInterval(Duration interval) {
            this.interval = interval;
        }

        /** {@return how far before the watermark a gap starts} */
        public Duration getOverlap() {
            return overlap;
        }

        /** Sets how far before the watermark a gap starts. */
        public void setOverlap(Duration overlap) {
            this.overlap = overlap;
        }

        /** {@return the watermark table} */
        public String getWatermarkTableName() {
            return watermarkTableName;
        }

        /** Sets the watermark table. */
        public void setWatermarkTableName(String watermarkTableName) {
            this.watermarkTableName = watermarkTableName;
        }
    }

    /** The {@code payhawk.webhooks.subscriptions.*} settings. */
    public static class Subscriptions {

        /** Whether to ensure at start-up that the callback URL is subscribed to the event types (creating what is missing). */
        private boolean ensure;

        /** The event types to subscribe to, e.g. expense.approved. Empty: those the handler beans handle. */
        private List<String> eventTypes = new ArrayList<>();

        /** {@return whether subscriptions are ensured at start-up} */
        public boolean isEnsure() {
            return ensure;
        }

        /** Sets whether subscriptions are ensured at start-up. */
        public void setEnsure(boolean ensure) {
            this.ensure = ensure;
        }

        /** {@return the event types, empty for those handled} */
        public List<String> getEventTypes() {
            return eventTypes;
        }

        /** Sets the event types. */
        public void setEventTypes(List<String> eventTypes) {
            this.eventTypes = eventTypes;
        }
    }

    /** The {@code payhawk.webhooks.jdbc.*} settings (mode jdbc). */
    public static class Jdbc {

        /** The delivery table, optionally schema-qualified; create it from META-INF/payhawk4j/sql/delivery-store-*.sql. */
        private String tableName = JdbcDeliveryStore.DEFAULT_TABLE;

        /** Whether handlers run in the transaction that records the delivery, so their writes through context.connection() happen exactly once. */
        private boolean handlersInTransaction;

        /** {@return the table name} */
        public String getTableName() {
            return tableName;
        }

        /** Sets the table name. */
        public void setTableName(String tableName) {
            this.tableName = tableName;
        }

        /** {@return whether handlers run in the delivery's transaction} */
        public boolean isHandlersInTransaction() {
            return handlersInTransaction;
        }

        /** Sets whether handlers run in the delivery's transaction. */
        public void setHandlersInTransaction(boolean handlersInTransaction) {
            this.handlersInTransaction = handlersInTransaction;
        }
    }

    /** The {@code payhawk.webhooks.inbox.*} settings (mode inbox). */
    public static class Inbox {

        /** The inbox table, optionally schema-qualified; create it from META-INF/payhawk4j/sql/inbox-*.sql. */
        private String tableName = WebhookInbox.DEFAULT_TABLE;

        /** Whether this instance runs workers; false for an instance that only accepts deliveries. */
        private boolean workersEnabled = true;

        /** Handler threads on this instance; each holds a database connection while its handler runs. */
        private int workers = 4;

        /** Attempts before a delivery is parked as dead. */
        private int maxAttempts = 10;

        /** How often idle workers look for deliveries accepted by other instances or due for a retry. */
        private Duration pollInterval = Duration.ofSeconds(1);

        /** Whether handlers run in the transaction that marks their delivery done. */
        private boolean handlersInTransaction = true;

        /** {@return the table name} */
        public String getTableName() {
            return tableName;
        }

        /** Sets the table name. */
        public void setTableName(String tableName) {
            this.tableName = tableName;
        }

        /** {@return whether this instance runs workers} */
        public boolean isWorkersEnabled() {
            return workersEnabled;
        }

        /** Sets whether this instance runs workers. */
        public void setWorkersEnabled(boolean workersEnabled) {
            this.workersEnabled = workersEnabled;
        }

        /** {@return the number of workers} */
        public int getWorkers() {
            return workers;
        }

        /** Sets the number of workers. */
        public void setWorkers(int workers) {
            this.workers = workers;
        }

        /** {@return the attempts before a delivery is dead} */
        public int getMaxAttempts() {
            return maxAttempts;
        }

        /** Sets the attempts before a delivery is dead. */
        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        /** {@return the poll interval} */
        public Duration getPollInterval() {
            return pollInterval;
        }

        /** Sets the poll interval. */
        public void setPollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
        }

        /** {@return whether handlers run in the delivery's transaction} */
        public boolean isHandlersInTransaction() {
            return handlersInTransaction;
        }

        /** Sets whether handlers run in the delivery's transaction. */
        public void setHandlersInTransaction(boolean handlersInTransaction) {
            this.handlersInTransaction = handlersInTransaction;
        }
    }

    /** The {@code payhawk.health.*} settings: when the health indicator reports DOWN. */
    public static class Health {

        /** Whether the health indicator checks that every ensured subscription is active: the monitor's last report when it runs, else one API call per check. */
        private boolean checkSubscriptions = true;

        /** The most inbox deliveries waiting for a worker before health is DOWN. */
        private long maxInboxPending = 1000;

        /** The longest the oldest unfinished inbox delivery may wait before health is DOWN. */
        private Duration maxInboxAge = Duration.ofMinutes(15);

        /** The most dead inbox deliveries before health is DOWN. */
        private long maxInboxDead = 0;

        /** {@return whether subscriptions are checked} */
        public boolean isCheckSubscriptions() {
            return checkSubscriptions;
        }

        /** Sets whether subscriptions are checked. */
        public void setCheckSubscriptions(boolean checkSubscriptions) {
            this.checkSubscriptions = checkSubscriptions;
        }

        /** {@return the most pending inbox deliveries while UP} */
        public long getMaxInboxPending() {
            return maxInboxPending;
        }

        /** Sets the most pending inbox deliveries while UP. */
        public void setMaxInboxPending(long maxInboxPending) {
            this.maxInboxPending = maxInboxPending;
        }

        /** {@return the longest wait of the oldest unfinished inbox delivery while UP} */
        public Duration getMaxInboxAge() {
            return maxInboxAge;
        }

        /** Sets the longest wait of the oldest unfinished inbox delivery while UP. */
        public void setMaxInboxAge(Duration maxInboxAge) {
            this.maxInboxAge = maxInboxAge;
        }

        /** {@return the most dead inbox deliveries while UP} */
        public long getMaxInboxDead() {
            return maxInboxDead;
        }

        /** Sets the most dead inbox deliveries while UP. */
        public void setMaxInboxDead(long maxInboxDead) {
            this.maxInboxDead = maxInboxDead;
        }
    }
}
