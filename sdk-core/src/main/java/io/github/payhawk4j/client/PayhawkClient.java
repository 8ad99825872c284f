package io.github.payhawk4j.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.payhawk4j.http.ApiTransport;
import io.github.payhawk4j.http.HttpExecutor;
import io.github.payhawk4j.http.InlineResponseExecutor;
import io.github.payhawk4j.http.JdkHttpExecutor;
import io.github.payhawk4j.http.RateLimitedHttpExecutor;
import io.github.payhawk4j.http.RateLimiter;
import io.github.payhawk4j.http.RetryPolicy;
import io.github.payhawk4j.http.RetryingHttpExecutor;
import io.github.payhawk4j.http.SecureUrl;
import io.github.payhawk4j.http.Sleeper;
import io.github.payhawk4j.http.SlidingWindowRateLimiter;
import io.github.payhawk4j.json.PayhawkJson;
import io.github.payhawk4j.observation.PayhawkClientListener;
import io.github.payhawk4j.operation.AccountServiceImpl;
import io.github.payhawk4j.operation.OperationRunner;
import io.github.payhawk4j.operation.SystemServiceImpl;
import io.github.payhawk4j.service.AccountService;
import io.github.payhawk4j.service.DepositService;
import io.github.payhawk4j.service.FundAccountService;
import io.github.payhawk4j.service.ExpenseCategoryService;
import io.github.payhawk4j.service.UserService;
import io.github.payhawk4j.service.CardService;
import io.github.payhawk4j.service.ExpenseService;
import io.github.payhawk4j.service.PurchaseOrderService;
import io.github.payhawk4j.service.CustomFieldService;
import io.github.payhawk4j.service.AccountCodeService;
import io.github.payhawk4j.service.TaxRateService;
import io.github.payhawk4j.service.AmortizationService;
import io.github.payhawk4j.service.ExternalTeamService;
import io.github.payhawk4j.service.SupplierService;
import io.github.payhawk4j.service.SystemService;
import io.github.payhawk4j.service.TeamService;
import io.github.payhawk4j.service.WebhookSubscriptionService;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The entry point to the Payhawk API. Build one per API key and share it: it is immutable and
 * thread-safe, and its rate limiter only works when all calls go through the same instance.
 * <pre>{@code
 * PayhawkClient client = PayhawkClient.builder()
 *         .apiKey(System.getenv("PAYHAWK_API_KEY"))
 *         .accountId("acme_ltd_5f2c")
 *         .build();
 * Expense expense = client.expenses().get("1207");
 * }</pre>
 * {@link #async()} is the same client with services that return {@code CompletableFuture}; each service's
 * {@code withOptions(...)} and {@code withRawResponse()} give views with other per-call settings or with the
 * raw response, all sharing this client's connection pool, retries and rate limiter.
 */
public final class PayhawkClient {

    /** Payhawk's production API. */
    public static final String DEFAULT_BASE_URL = "https://api.payhawk.com";
    /**
     * The default cap on a response body, 64 MiB: far above the largest real response (a page of 1,000 expenses
     * is about 4.2 MB), low enough that a broken or hostile server cannot exhaust the heap.
     */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L * 1024 * 1024;

    private final String baseUrl;
    private final OperationRunner runner;
    private final AccountScope defaultAccount;
    private final String defaultAccountId;
    // Created when first asked for (set once; a racing thread's copy is dropped, so each accessor returns one instance).
    private final AtomicReference<SystemService> system = new AtomicReference<>();
    private final AtomicReference<AccountService> accounts = new AtomicReference<>();
    private final AtomicReference<PayhawkClientAsync> async = new AtomicReference<>();

    private PayhawkClient(Builder builder, String baseUrl) {
        this.baseUrl = baseUrl;
        HttpClient httpClient = builder.httpClient;
        InlineResponseExecutor ownExecutor = null;
        if (httpClient == null) {
            // Never follow redirects: the API key header would go wherever a Location points. The SDK's own
            // client processes responses in its selector thread (InlineResponseExecutor): one thread wake-up
            // fewer per response.
            ownExecutor = new InlineResponseExecutor();
            httpClient = HttpClient.newBuilder().connectTimeout(builder.connectTimeout)
                    .followRedirects(HttpClient.Redirect.NEVER).executor(ownExecutor).build();
        }
        String userAgent = "payhawk4j/" + SdkVersion.VALUE + " Java/" + Runtime.version().feature()
                + (builder.appInfo == null ? "" : " " + builder.appInfo);
        RateLimiter limiter = builder.requestsPerSecond > 0
                ? new SlidingWindowRateLimiter(builder.requestsPerSecond, Duration.ofSeconds(1)) : RateLimiter.unlimited();
        HttpExecutor executor = new RetryingHttpExecutor(
                new RateLimitedHttpExecutor(
                        new JdkHttpExecutor(httpClient, ownExecutor, baseUrl, builder.apiKey, userAgent,
                                builder.requestTimeout, builder.maxResponseBytes),
                        limiter, builder.sleeper),
                RetryPolicy.defaults().withMaxRetries(builder.maxRetries).withClock(builder.clock), builder.sleeper,
                builder.listener);
        ObjectMapper mapper = PayhawkJson.newObjectMapper();
        this.runner = new OperationRunner(new ApiTransport(executor, mapper, builder.clock));
        this.defaultAccount = builder.accountId == null ? null : new AccountScope(runner, builder.accountId);
        this.defaultAccountId = builder.accountId;
    }

    /** The value in {@code holder}, or the one {@code create} makes, set once. */
    static <T> T once(AtomicReference<T> holder, Supplier<T> create) {
        T value = holder.get();
        if (value == null) {
            T created = create.get();
            value = holder.compareAndExchange(null, created);
            if (value == null) {
                value = created;
            }
        }
        return value;
    }

    /** A builder; {@link Builder#apiKey} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * This client with services that do not block: every call returns a {@link java.util.concurrent.CompletableFuture}
     * and goes through the same transport, retries and rate limiter as the blocking calls.
     */
    public PayhawkClientAsync async() {
        return once(async, () -> new PayhawkClientAsync(this, runner, defaultAccountId));
    }

    /** The services of another account reachable with the same key. */
    public AccountScope account(String accountId) {
        return new AccountScope(runner, accountId);
    }

    /** Expenses of the default account. */
    public ExpenseService expenses() {
        return defaultAccount().expenses();
    }

    /** Webhook subscriptions of the default account. */
    public WebhookSubscriptionService webhooks() {
        return defaultAccount().webhooks();
    }

    /** Suppliers of the default account. */
    public SupplierService suppliers() {
        return defaultAccount().suppliers();
    }

    /** Fund account deposits of the default account. */
    public DepositService deposits() {
        return defaultAccount().deposits();
    }

    /** Purchase orders of the default account. */
    public PurchaseOrderService purchaseOrders() {
        return defaultAccount().purchaseOrders();
    }

    /** Teams of the default account and their members. */
    public TeamService teams() {
        return defaultAccount().teams();
    }

    /** The services of a group of accounts reachable with the same key, such as its teams. */
    public GroupScope group(String groupId) {
        return new GroupScope(runner, groupId);
    }

    /** Fund accounts of the default account. */
    public FundAccountService fundAccounts() {
        return defaultAccount().fundAccounts();
    }

    /** Expense categories of the default account. */
    public ExpenseCategoryService expenseCategories() {
        return defaultAccount().expenseCategories();
    }

    /** The accounts the API key can reach: list, get. */
    public AccountService accounts() {
        return once(accounts, () -> new AccountServiceImpl(runner));
    }

    /** Users of the default account. */
    public UserService users() {
        return defaultAccount().users();
    }

    /** Cards of the default account. */
    public CardService cards() {
        return defaultAccount().cards();
    }

    /** Custom fields of the default account (cost centres, projects...); their values through {@code values(id)}. */
    public CustomFieldService customFields() {
        return defaultAccount().customFields();
    }

    /** Account codes (the chart of accounts) of the default account: list, replace. */
    public AccountCodeService accountCodes() {
        return defaultAccount().accountCodes();
    }

    /** Tax rates of the default account: list, replace. */
    public TaxRateService taxRates() {
        return defaultAccount().taxRates();
    }

    /** Amortization records of the default account: list, replace. */
    public AmortizationService amortizations() {
        return defaultAccount().amortizations();
    }

    /** External (ERP) teams of the default account: list, replace. */
    public ExternalTeamService externalTeams() {
        return defaultAccount().externalTeams();
    }

    /** Account-independent calls, such as the webhook signing key. */
    public SystemService system() {
        return once(system, () -> new SystemServiceImpl(runner));
    }

    /** The services of the default account set with {@link Builder#accountId}. */
    public AccountScope defaultAccount() {
        if (defaultAccount == null) {
            throw new IllegalStateException("no default account: set PayhawkClient.builder().accountId(...) or use client.account(id)");
        }
        return defaultAccount;
    }

    /** Shows the base URL and default account; never the API key. */
    @Override
    public String toString() {
        return "PayhawkClient{baseUrl=" + baseUrl + ", accountId=" + (defaultAccount == null ? null : defaultAccount.accountId()) + '}';
    }

    /** Configures a {@link PayhawkClient}. Not thread-safe; the client it builds is. */
    public static final class Builder {
        private String apiKey;
        private String accountId;
        private String baseUrl = DEFAULT_BASE_URL;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private int maxRetries = RetryPolicy.DEFAULT_MAX_RETRIES;
        private int requestsPerSecond = 15;
        private HttpClient httpClient;
        private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
        private String appInfo;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private PayhawkClientListener listener = PayhawkClientListener.none();

        private Builder() {
        }

        /** The API key (required), sent as {@code X-Payhawk-ApiKey}; never logged or shown. */
        public Builder apiKey(String value) {
            this.apiKey = value;
            return this;
        }

        /** The account {@code client.expenses()} and the other services work on by default. */
        public Builder accountId(String value) {
            this.accountId = value;
            return this;
        }

        /** The API's base URL, default {@value PayhawkClient#DEFAULT_BASE_URL}; HTTPS, or HTTP to a loopback host. */
        public Builder baseUrl(String value) {
            this.baseUrl = value;
            return this;
        }

        /** How long connecting may take (default 10 s); ignored with a caller-supplied {@link #httpClient}. */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = requirePositive(value, "connectTimeout");
            return this;
        }

        /** How long one attempt may wait for the response (default 30 s). */
        public Builder requestTimeout(Duration value) {
            this.requestTimeout = requirePositive(value, "requestTimeout");
            return this;
        }

        /**
         * Retries after the first attempt (default 3, 0 to switch off). 429 is retried for every method; 502, 503,
         * 504 and I/O failures only for GET, PUT and DELETE, or when the request provably never left.
         */
        public Builder maxRetries(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("maxRetries must be 0 or more, was " + value);
            }
            this.maxRetries = value;
            return this;
        }

        /**
         * Client-side limit of requests per sliding second (default 15, Payhawk's limit per key), so
         * bursts queue here instead of drawing 429s. Lower it when several processes share a key.
         */
        public Builder rateLimit(int requestsPerSecond) {
            if (requestsPerSecond < 1) {
                throw new IllegalArgumentException("rateLimit must be at least 1; use disableRateLimit() to switch it off");
            }
            this.requestsPerSecond = requestsPerSecond;
            return this;
        }

        /** Switches the client-side rate limiter off; 429s are then only handled by retries. */
        public Builder disableRateLimit() {
            this.requestsPerSecond = 0;
            return this;
        }

        /**
         * The largest response body a call accepts, in bytes (default {@value PayhawkClient#DEFAULT_MAX_RESPONSE_BYTES},
         * 64 MiB). A larger one fails the call with a {@link io.github.payhawk4j.error.ResponseTooLargeException}
         * as soon as its {@code Content-Length} or the bytes read so far exceed it; the rest is not read.
         */
        public Builder maxResponseBytes(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxResponseBytes must be at least 1, was " + value);
            }
            this.maxResponseBytes = value;
            return this;
        }

        /**
         * A JDK client to send with (proxy, TLS, executor settings); by default the SDK builds one. It must not
         * follow redirects ({@code HttpClient.Redirect.NEVER}, the JDK's default): the API key would follow them.
         * It is used as it is: the SDK's own client processes each response in its selector thread, which saves
         * a thread wake-up per call that a client with the JDK's default executor pays.
         */
        public Builder httpClient(HttpClient value) {
            this.httpClient = value;
            return this;
        }

        /** Your application's name and version, appended to the {@code User-Agent}, e.g. {@code "acme-erp-sync/2.1"}. */
        public Builder appInfo(String value) {
            this.appInfo = value;
            return this;
        }

        /** The clock for HTTP-date {@code Retry-After} values; for tests. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Told about every attempt the client sends (operation, status, duration, retry, rate-limit wait), for
         * metrics and traces; default none. What it throws is logged and ignored.
         */
        public Builder listener(PayhawkClientListener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /** How the client waits for retries and rate-limit slots; tests pass one that does not sleep. Internal. */
        Builder sleeper(Sleeper value) {
            this.sleeper = Objects.requireNonNull(value, "sleeper");
            return this;
        }

        /**
         * Builds the client.
         *
         * @throws IllegalArgumentException if the API key is missing or cannot be sent as a header value,
         *                                  the base URL is not HTTPS or has user info, or the given
         *                                  {@link #httpClient} follows redirects
         * @throws IllegalStateException    if the Jackson on the classpath is older than 2.17
         */
        public PayhawkClient build() {
            JacksonRequirement.check();
            if (apiKey == null || apiKey.isBlank()) {
                throw new IllegalArgumentException("apiKey is required: pass the API key Payhawk issued for your integration");
            }
            // The JDK rejects such a header value on every call with a message quoting it: check here, without the key.
            if (!isVisibleAscii(apiKey)) {
                throw new IllegalArgumentException("apiKey contains whitespace, control or non-ASCII characters"
                        + " (a trailing newline from a file or variable?); strip them before passing it");
            }
            if (appInfo != null && appInfo.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("appInfo must be one line of text without control characters, was "
                        + appInfo.replaceAll("\\p{Cntrl}", "?"));
            }
            if (httpClient != null && httpClient.followRedirects() != HttpClient.Redirect.NEVER) {
                throw new IllegalArgumentException("the HttpClient passed to httpClient(...) follows redirects"
                        + " (followRedirects " + httpClient.followRedirects() + "), and would send the API key and request"
                        + " bodies wherever a redirect points; build it with followRedirects(HttpClient.Redirect.NEVER)");
            }
            return new PayhawkClient(this, validatedBaseUrl(baseUrl));
        }

        /** Whether every character of {@code value} is printable ASCII other than space (a loop: no stream on the start-up path). */
        private static boolean isVisibleAscii(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c <= ' ' || c >= 0x7f) {
                    return false;
                }
            }
            return true;
        }

        private static String validatedBaseUrl(String value) {
            Objects.requireNonNull(value, "baseUrl");
            URI uri = SecureUrl.require("baseUrl", value, "plain http only for localhost");
            if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) {
                throw new IllegalArgumentException("baseUrl must not have a path (the SDK adds /api/v3), was " + value);
            }
            return uri.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + uri.getRawAuthority();
        }

        private static Duration requirePositive(Duration value, String name) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
            return value;
        }
    }
}
