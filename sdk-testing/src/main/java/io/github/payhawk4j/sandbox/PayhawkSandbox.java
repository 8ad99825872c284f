package io.github.payhawk4j.sandbox;

import io.github.payhawk4j.webhooks.testing.WebhookSigner;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * A local fake of the Payhawk API for demos and integration tests: an HTTP server on 127.0.0.1 that
 * speaks the Payhawk API v3 (expenses, suppliers, deposits, purchase orders, teams of the accounts and of their group, webhook subscriptions,
 * the RSA public key) with API-key auth, Payhawk's error documents and its rate limit, and that
 * sends signed webhook deliveries, retried with backoff, when you play business events through it.
 *
 * <pre>{@code
 * try (PayhawkSandbox sandbox = PayhawkSandbox.start()) {
 *     PayhawkClient client = PayhawkClient.builder()
 *             .baseUrl(sandbox.baseUrl()).apiKey(sandbox.apiKey()).accountId(sandbox.accountId()).build();
 *     client.webhooks().create(EventType.EXPENSE_REVIEWED, "http://127.0.0.1:8080/payhawk/webhooks");
 *     SandboxAccount account = sandbox.account();
 *     String expenseId = account.createCardExpense(CardPurchase.of("Lufthansa", new BigDecimal("420.00"), "EUR"));
 *     account.reviewExpense(expenseId);               // POSTs a signed expense.reviewed delivery
 *     sandbox.awaitDeliveries(Duration.ofSeconds(5));
 * }
 * }</pre>
 *
 * <p>The business operations ({@link SandboxAccount#createCardExpense}, {@link SandboxAccount#reviewExpense},
 * ...) are on the accounts: {@link #account()} is the default one, {@link #account(String)} reaches the others.
 * Thread-safe. {@link #close()} stops the
 * server and the delivery threads.
 */
public final class PayhawkSandbox implements AutoCloseable {

    private final Settings settings;
    private final WebhookSigner signer;
    private final Map<String, SandboxAccount> accounts;
    private final DeliveryLog deliveryLog;
    private final DeliveryQueue deliveryQueue;
    private final SandboxServer server;

    private PayhawkSandbox(Settings settings) {
        this.settings = settings;
        this.signer = settings.signer != null ? settings.signer : WebhookSigner.generate(3072);
        JsonCodec json = new JsonCodec();
        SandboxTime time = new SandboxTime(settings.clock);
        IdSequence ids = new IdSequence();
        SubscriptionRegistry subscriptions = new SubscriptionRegistry(json, time, settings.delivery.deactivateAfter());
        this.deliveryLog = new DeliveryLog();
        this.deliveryQueue = new DeliveryQueue(settings.delivery,
                new WebhookDeliverer(signer, time, settings.delivery.timeout()), deliveryLog, subscriptions);
        EventPublisher events = new EventPublisher(subscriptions, deliveryQueue, json);
        Map<String, SandboxAccount> byId = new LinkedHashMap<>();
        for (String accountId : settings.accountIds) {
            byId.put(accountId, new SandboxAccount(accountId, settings.baseCurrency, json, ids, time, events,
                    subscriptions));
        }
        this.accounts = Map.copyOf(byId);

        Router router = new Router();
        new PublicKeyEndpoint(signer.publicKeyOpenSsh()).register(router);
        new ExpenseEndpoints(json).register(router);
        new SupplierEndpoints(json).register(router);
        new DepositEndpoints(json).register(router);
        new PurchaseOrderEndpoints(json).register(router);
        new WebhookSubscriptionEndpoints(json, subscriptions).register(router);
        new TeamEndpoints(json, "/api/v3/accounts/{accountId}", request -> request.account().teamStore()).register(router);
        Map<String, TeamStore> groupTeams = Map.of(settings.groupId, new TeamStore(json, ids));
        new TeamEndpoints(json, "/api/v3/groups/{groupId}", request -> groupTeams.get(request.pathVariable("groupId")))
                .register(router);
        ApiKeys apiKeys = new ApiKeys(settings.keyGrants);
        new AccountEndpoints(json, byId, apiKeys).register(router);
        new FundAccountEndpoints(json).register(router);
        new ExpenseCategoryEndpoints(json).register(router);
        new UserEndpoints(json, ids, time).register(router);
        new CardEndpoints(json, ids, time).register(router);
        new InvoiceEndpoints(json).register(router);
        new CustomFieldEndpoints(json).register(router);
        new MasterDataListEndpoints(json).register(router);
        PerKeyRateLimit limiter = settings.rateLimitRequests == 0 ? null
                : new PerKeyRateLimit(settings.rateLimitRequests, settings.rateLimitWindow, settings.rateLimitTicker);
        ApiGateway gateway = new ApiGateway(router, apiKeys, limiter, byId, groupTeams.keySet(), json);
        try {
            this.server = SandboxServer.start(settings.port, gateway);
        } catch (RuntimeException e) {
            deliveryQueue.close();
            throw e;
        }
    }

    /** Starts a sandbox with the defaults: any free port, one account, Payhawk's rate limit. */
    public static PayhawkSandbox start() {
        return builder().start();
    }

    /** A builder to choose keys, accounts, rate limit and delivery behaviour. */
    public static Builder builder() {
        return new Builder();
    }

    // ---- connection details ---------------------------------------------------------------------

    /** The URL to give the SDK client, e.g. {@code http://127.0.0.1:53817} (paths start with /api/v3). */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** The API key with access to every account of this sandbox. */
    public String apiKey() {
        return settings.apiKey;
    }

    /** The default account's id. */
    public String accountId() {
        return settings.accountIds.get(0);
    }

    /**
     * The id of the sandbox's group, as in {@code /api/v3/groups/{groupId}} (default {@code sandbox-group}): it holds
     * every account, so only the unrestricted key may use it.
     */
    public String groupId() {
        return settings.groupId;
    }

    /** The key deliveries are signed with, as {@code GET /api/v3/rsa-public-key} serves it. */
    public String publicKeyOpenSsh() {
        return signer.publicKeyOpenSsh();
    }

    /** The key deliveries are signed with, for a verifier's key source. */
    public PublicKey publicKey() {
        return signer.publicKey();
    }

    // ---- accounts --------------------------------------------------------------------------------

    /** The default account. */
    public SandboxAccount account() {
        return accounts.get(accountId());
    }

    /**
     * The account with this id.
     *
     * @throws NoSuchElementException if the sandbox was not built with it
     */
    public SandboxAccount account(String accountId) {
        SandboxAccount account = accounts.get(accountId);
        if (account == null) {
            throw new NoSuchElementException("The sandbox has no account '" + accountId + "'; add it with "
                    + "PayhawkSandbox.builder().additionalAccount(...)");
        }
        return account;
    }

    // ---- deliveries --------------------------------------------------------------------------------

    /** Every delivery so far, oldest first, with its attempts. */
    public List<DeliveryRecord> deliveries() {
        return deliveryLog.records();
    }

    /** The delivery with this id, if there was one. */
    public Optional<DeliveryRecord> delivery(String deliveryId) {
        return deliveryLog.find(deliveryId);
    }

    /** Counts over all deliveries so far. */
    public DeliveryStatistics deliveryStatistics() {
        return deliveryLog.statistics();
    }

    /**
     * Sends a delivery again with the same id and body (freshly signed), as Payhawk may under
     * at-least-once delivery; retried like a new one if it fails.
     *
     * @throws IllegalArgumentException if there was no delivery with this id
     */
    public void redeliver(String deliveryId) {
        deliveryQueue.redeliver(deliveryId);
    }

    /**
     * Waits until no delivery is queued, in flight or waiting for a retry.
     *
     * @return whether that happened within {@code timeout} ({@code false} also if interrupted)
     */
    public boolean awaitDeliveries(Duration timeout) {
        try {
            return deliveryQueue.awaitIdle(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops the HTTP server and the delivery threads; pending retries are dropped. */
    @Override
    public void close() {
        try {
            server.close();
        } finally {
            deliveryQueue.close();
        }
    }

    /** The sandbox's configuration, collected by the {@link Builder}. */
    private static final class Settings {
        String apiKey;
        List<String> accountIds;
        String groupId;
        Map<String, Set<String>> keyGrants;
        String baseCurrency;
        int port;
        int rateLimitRequests;
        Duration rateLimitWindow;
        LongSupplier rateLimitTicker;
        DeliverySettings delivery;
        WebhookSigner signer;
        Clock clock;
    }

    /** Chooses the sandbox's keys, accounts, rate limit and delivery behaviour; then {@link #start()}. */
    public static final class Builder {

        private String apiKey = "sandbox-api-key";
        private String accountId = "sandbox-account";
        private String groupId = "sandbox-group";
        private final Set<String> additionalAccounts = new LinkedHashSet<>();
        private final Map<String, Set<String>> restrictedKeys = new HashMap<>();
        private String baseCurrency = "EUR";
        private int port;
        private int rateLimitRequests = 15;
        private Duration rateLimitWindow = Duration.ofSeconds(1);
        private LongSupplier rateLimitTicker = System::nanoTime;
        private int deliveryAttempts = 5;
        private Duration initialBackoff = Duration.ofSeconds(1);
        private Duration maxBackoff = Duration.ofSeconds(30);
        private Duration deliveryTimeout = Duration.ofSeconds(10);
        private int deactivateAfter = 3;
        private int deliveryThreads = 2;
        private WebhookSigner signer;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The API key with access to every account (default {@code sandbox-api-key}). */
        public Builder apiKey(String key) {
            this.apiKey = requireText(key, "apiKey");
            return this;
        }

        /** The default account's id (default {@code sandbox-account}). */
        public Builder accountId(String id) {
            this.accountId = requireText(id, "accountId");
            return this;
        }

        /** The id of the group of all accounts (default {@code sandbox-group}), reachable as {@code /api/v3/groups/{id}}. */
        public Builder groupId(String id) {
            this.groupId = requireText(id, "groupId");
            return this;
        }

        /** One more account, reachable as {@code /api/v3/accounts/{id}} and through {@link #account(String)}. */
        public Builder additionalAccount(String id) {
            additionalAccounts.add(requireText(id, "accountId"));
            return this;
        }

        /** One more API key that may use only the given accounts; others answer 403 to it. */
        public Builder restrictedApiKey(String key, String... accountIds) {
            if (accountIds.length == 0) {
                throw new IllegalArgumentException("A restricted key needs at least one account");
            }
            restrictedKeys.put(requireText(key, "apiKey"), Set.of(accountIds));
            return this;
        }

        /** The base currency of every account (default EUR). */
        public Builder baseCurrency(String currency) {
            this.baseCurrency = requireText(currency, "baseCurrency");
            return this;
        }

        /** The port on 127.0.0.1 (default 0: any free port, see {@link PayhawkSandbox#baseUrl()}). */
        public Builder port(int number) {
            if (number < 0 || number > 65535) {
                throw new IllegalArgumentException("port must be 0 to 65535, was " + number);
            }
            this.port = number;
            return this;
        }

        /** At most {@code requests} per API key in any sliding {@code window} (default: 15 per second, as Payhawk). */
        public Builder rateLimit(int requests, Duration window) {
            if (requests < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("A rate limit needs at least 1 request per positive window");
            }
            this.rateLimitRequests = requests;
            this.rateLimitWindow = window;
            return this;
        }

        /** The rate limit's time source in nanoseconds (default {@link System#nanoTime()}); the sandbox's own tests stop it. */
        Builder rateLimitTicker(LongSupplier nanoTime) {
            this.rateLimitTicker = Objects.requireNonNull(nanoTime, "nanoTime");
            return this;
        }

        /** No rate limit at all, e.g. for tests that make many quick calls. */
        public Builder withoutRateLimit() {
            this.rateLimitRequests = 0;
            return this;
        }

        /** POSTs per delivery before it counts as failed, the first included (default 5). */
        public Builder deliveryAttempts(int attempts) {
            this.deliveryAttempts = attempts;
            return this;
        }

        /** The wait before the first retry (default 1 s); it doubles per retry up to {@code max} (default 30 s). */
        public Builder deliveryBackoff(Duration initial, Duration max) {
            this.initialBackoff = Objects.requireNonNull(initial, "initial");
            this.maxBackoff = Objects.requireNonNull(max, "max");
            return this;
        }

        /** Connect and read timeout of one delivery POST (default 10 s). */
        public Builder deliveryTimeout(Duration timeout) {
            this.deliveryTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** Failed deliveries in a row after which a subscription is {@code deactivated_by_payhawk} (default 3). */
        public Builder deactivateAfterFailedDeliveries(int deliveries) {
            this.deactivateAfter = deliveries;
            return this;
        }

        /** Deliveries sent at the same time (default 2). */
        public Builder deliveryThreads(int threads) {
            this.deliveryThreads = threads;
            return this;
        }

        /** Signs deliveries with this key instead of a fresh 3072-bit one (saves key generation in tests). */
        public Builder signer(WebhookSigner webhookSigner) {
            this.signer = Objects.requireNonNull(webhookSigner, "webhookSigner");
            return this;
        }

        /**
         * The clock for {@code createdAt}, payment dates and delivery timestamps (default: system UTC).
         * Receivers reject deliveries whose timestamp is far from their own clock, so give them the same one.
         */
        public Builder clock(Clock sandboxClock) {
            this.clock = Objects.requireNonNull(sandboxClock, "clock");
            return this;
        }

        /** Starts the sandbox; it is listening when this returns. */
        public PayhawkSandbox start() {
            Settings settings = new Settings();
            settings.apiKey = apiKey;
            List<String> accountIds = new ArrayList<>();
            accountIds.add(accountId);
            additionalAccounts.stream().filter(id -> !id.equals(accountId)).forEach(accountIds::add);
            settings.accountIds = List.copyOf(accountIds);
            settings.groupId = groupId;
            Map<String, Set<String>> grants = new HashMap<>(restrictedKeys);
            grants.put(apiKey, Set.of());
            settings.keyGrants = grants;
            settings.baseCurrency = baseCurrency;
            settings.port = port;
            settings.rateLimitRequests = rateLimitRequests;
            settings.rateLimitWindow = rateLimitWindow;
            settings.rateLimitTicker = rateLimitTicker;
            settings.delivery = new DeliverySettings(deliveryAttempts, initialBackoff, maxBackoff, deliveryTimeout,
                    deactivateAfter, deliveryThreads);
            settings.signer = signer;
            settings.clock = clock;
            return new PayhawkSandbox(settings);
        }

        private static String requireText(String value, String name) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return value;
        }
    }
}
