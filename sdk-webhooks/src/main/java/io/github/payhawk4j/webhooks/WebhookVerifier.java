package io.github.payhawk4j.webhooks;

import io.github.payhawk4j.webhooks.WebhookVerificationException.Reason;
import io.github.payhawk4j.webhooks.event.WebhookEvent;
import io.github.payhawk4j.webhooks.event.WebhookEventParser;
import io.github.payhawk4j.webhooks.event.WebhookPayloadException;
import io.github.payhawk4j.webhooks.internal.PrintableText;
import io.github.payhawk4j.webhooks.key.PublicKeySource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Checks that a webhook delivery was signed by Payhawk, recently, for this path and this exact body,
 * and turns it into a {@link WebhookEvent}.
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.builder()
 *         .publicKeySource(ApiPublicKeySource.of(client))
 *         .build();
 * WebhookEvent event = verifier.verify("/payhawk/webhooks?tenant=acme", request.headers(), rawBody);
 * }</pre>
 *
 * <p>The signature is {@code SHA256withRSA} over the UTF-8 bytes of
 * {@code X-Payhawk-Timestamp + ":" + pathAndQuery + ":"} followed by the raw body bytes. Pass the
 * body exactly as received: never re-serialize it first. The checks run in this order: both headers
 * present, timestamp readable, timestamp within the tolerance of the clock, signature readable,
 * signature valid for one of the source's keys (after one {@link PublicKeySource#refresh()} if none
 * matched); only then is the body parsed. Immutable and thread-safe: build one and share it.
 */
public final class WebhookVerifier {

    /** The default largest difference between the signed timestamp and the clock: five minutes, either way. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    /** The most characters of a header or path repeated in a message. */
    private static final int MAX_ECHOED_LENGTH = 40;

    private final PublicKeySource publicKeySource;
    private final Duration tolerance;
    private final Clock clock;
    private final WebhookEventParser parser = new WebhookEventParser();
    private final AtomicReference<VerificationKeys> verificationKeys =
            new AtomicReference<>(new VerificationKeys(List.of()));

    private WebhookVerifier(Builder builder) {
        this.publicKeySource = builder.publicKeySource;
        this.tolerance = builder.tolerance;
        this.clock = builder.clock;
    }

    /** A builder; {@link Builder#publicKeySource} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Verifies a delivery and parses it.
     *
     * @param pathAndQuery the path the delivery was addressed to, plus {@code "?" + query} if any, as
     *                     Payhawk signed it: the path of the registered callback URL, e.g.
     *                     {@code /payhawk/webhooks?tenant=acme} (not the full URL; behind a proxy that
     *                     rewrites paths, the path before the rewrite)
     * @param headers      the request headers; names are matched case-insensitively
     * @param body         the raw body bytes as received; not copied or modified
     * @return the event the body describes
     * @throws WebhookVerificationException if a check fails (answer 401); see its {@link Reason}
     * @throws WebhookPayloadException      if the signature is valid but the body is not a delivery envelope (answer 400)
     */
    public WebhookEvent verify(String pathAndQuery, Map<String, List<String>> headers, byte[] body) {
        Objects.requireNonNull(headers, "headers");
        HeaderValue timestamp = HeaderValue.of(headers, WebhookHeaders.TIMESTAMP);
        HeaderValue signature = HeaderValue.of(headers, WebhookHeaders.SIGNATURE);
        if (timestamp.isAbsent()) {
            throw missingHeader(WebhookHeaders.TIMESTAMP);
        }
        if (signature.isAbsent()) {
            throw missingHeader(WebhookHeaders.SIGNATURE);
        }
        if (timestamp.isRepeated()) {
            throw repeatedHeader(Reason.MALFORMED_TIMESTAMP, timestamp);
        }
        // A repeated signature is reported after the timestamp checks, in the documented order.
        if (signature.isRepeated()) {
            Objects.requireNonNull(pathAndQuery, "pathAndQuery");
            Objects.requireNonNull(body, "body");
            checkTimestamp(timestamp.value());
            throw repeatedHeader(Reason.MALFORMED_SIGNATURE, signature);
        }
        return verify(pathAndQuery, timestamp.value(), signature.value(), body);
    }

    /**
     * Verifies a delivery whose two header values the caller has already read, e.g. with Spring's
     * {@code @RequestHeader}, and parses it. Same checks and exceptions as
     * {@link #verify(String, Map, byte[])}; a {@code null} or empty header value is a missing header.
     */
    public WebhookEvent verify(String pathAndQuery, String timestampHeader, String signatureHeader, byte[] body) {
        Objects.requireNonNull(pathAndQuery, "pathAndQuery");
        Objects.requireNonNull(body, "body");
        if (timestampHeader == null || timestampHeader.isEmpty()) {
            throw missingHeader(WebhookHeaders.TIMESTAMP);
        }
        if (signatureHeader == null || signatureHeader.isEmpty()) {
            throw missingHeader(WebhookHeaders.SIGNATURE);
        }
        Instant timestamp = checkTimestamp(timestampHeader);
        byte[] signature = decodeSignature(signatureHeader);
        byte[] signedPrefix = (timestampHeader + ":" + pathAndQuery + ":").getBytes(StandardCharsets.UTF_8);
        checkSignature(signedPrefix, body, signature, pathAndQuery);
        return parser.parse(body, timestamp);
    }

    /** {@return the largest accepted difference between the signed timestamp and the clock, either way} */
    public Duration tolerance() {
        return tolerance;
    }

    private Instant checkTimestamp(String text) {
        Instant timestamp;
        try {
            timestamp = DeliveryTimestamp.parse(text);
        } catch (DateTimeException e) {
            throw new WebhookVerificationException(Reason.MALFORMED_TIMESTAMP, WebhookHeaders.TIMESTAMP + " '"
                    + PrintableText.of(text, MAX_ECHOED_LENGTH) + "' is not an ISO-8601 instant like 2026-11-02T10:15:30.123Z");
        }
        Instant now = clock.instant();
        Duration age = Duration.between(timestamp, now);
        if (age.compareTo(tolerance) > 0) {
            throw new WebhookVerificationException(Reason.TIMESTAMP_TOO_OLD, "timestamp " + timestamp + " is "
                    + seconds(age) + " old, more than the " + seconds(tolerance) + " tolerance; check the server clock"
                    + " (it reads " + now + ") or whether this is a replayed delivery");
        }
        if (age.negated().compareTo(tolerance) > 0) {
            throw new WebhookVerificationException(Reason.TIMESTAMP_IN_FUTURE, "timestamp " + timestamp + " is "
                    + seconds(age.negated()) + " in the future, more than the " + seconds(tolerance)
                    + " tolerance; check the server clock (it reads " + now + ")");
        }
        return timestamp;
    }

    private static byte[] decodeSignature(String text) {
        try {
            return CanonicalBase64.decode(text);
        } catch (IllegalArgumentException e) {
            throw new WebhookVerificationException(Reason.MALFORMED_SIGNATURE, WebhookHeaders.SIGNATURE
                    + " is not canonical base64 (" + text.length()
                    + " characters); expected the header exactly as Payhawk sent it");
        }
    }

    private void checkSignature(byte[] signedPrefix, byte[] body, byte[] signature, String pathAndQuery) {
        VerificationKeys keys = keysFor(currentKeys());
        if (keys.usableKeyCount() > 0 && keys.anyVerifies(signedPrefix, body, signature)) {
            return;
        }
        boolean refreshed = refreshKeys();
        VerificationKeys newer = keysFor(currentKeys());
        if ((refreshed || newer != keys) && newer.anyVerifies(signedPrefix, body, signature)) {
            return;
        }
        if (newer.usableKeyCount() == 0) {
            throw new WebhookVerificationException(Reason.NO_USABLE_KEY, newer.keyCount() == 0
                    ? "the public key source offers no key; configure Payhawk's RSA public key"
                    : "the public key source offers " + newer.keyCount() + " key(s) but no RSA key;"
                    + " configure Payhawk's RSA public key");
        }
        throw new WebhookVerificationException(Reason.SIGNATURE_MISMATCH, "signature does not match timestamp, path "
                + describePath(pathAndQuery) + " and the " + body.length + "-byte body under any of "
                + newer.usableKeyCount() + " key(s); check that the path is the one the callback URL was registered with"
                + " (proxies may rewrite it), that the body is passed unmodified, and the key source");
    }

    private List<PublicKey> currentKeys() {
        List<PublicKey> keys;
        try {
            keys = publicKeySource.currentKeys();
        } catch (RuntimeException e) {
            throw new WebhookVerificationException(Reason.NO_USABLE_KEY,
                    "no public key to verify with: " + e.getMessage(), e);
        }
        if (keys == null) {
            throw new WebhookVerificationException(Reason.NO_USABLE_KEY, "the public key source returned no key list");
        }
        return keys;
    }

    private boolean refreshKeys() {
        try {
            return publicKeySource.refresh();
        } catch (RuntimeException e) {
            // A source that cannot refresh leaves the current keys in place; the mismatch stands.
            return false;
        }
    }

    /** The snapshot (with its pooled Signature objects) for this exact key list, made once per list. */
    private VerificationKeys keysFor(List<PublicKey> keys) {
        VerificationKeys current = verificationKeys.get();
        if (current.isSnapshotOf(keys)) {
            return current;
        }
        VerificationKeys fresh = new VerificationKeys(keys);
        verificationKeys.set(fresh);
        return fresh;
    }

    private static WebhookVerificationException missingHeader(String name) {
        return new WebhookVerificationException(Reason.MISSING_HEADER, "missing header " + name
                + "; is the request from Payhawk, and does a proxy drop X-Payhawk-* headers?");
    }

    /** A header sent twice is malformed: which of the two values was signed cannot be told. */
    private static WebhookVerificationException repeatedHeader(Reason reason, HeaderValue header) {
        return new WebhookVerificationException(reason, "header " + header.name() + " appears " + header.count()
                + " times; expected exactly one");
    }

    /** The path without its query (which may carry a secret), for messages. */
    private static String describePath(String pathAndQuery) {
        int query = pathAndQuery.indexOf('?');
        return query < 0 ? "'" + PrintableText.of(pathAndQuery, MAX_ECHOED_LENGTH) + "'"
                : "'" + PrintableText.of(pathAndQuery.substring(0, query), MAX_ECHOED_LENGTH) + "' (plus its query)";
    }

    /**
     * A non-negative duration in seconds to the millisecond, e.g. {@code 300.001s}. Read from seconds and nanos,
     * not {@link Duration#toMillis()}: a timestamp hundreds of millions of years away overflows a long of millis.
     */
    private static String seconds(Duration duration) {
        long wholeSeconds = duration.getSeconds();
        int millis = duration.getNano() / 1_000_000;
        return millis == 0 ? wholeSeconds + "s"
                : BigDecimal.valueOf(wholeSeconds).add(BigDecimal.valueOf(millis, 3)).toPlainString() + "s";
    }

    /** Builds a {@link WebhookVerifier}. */
    public static final class Builder {
        private PublicKeySource publicKeySource;
        private Duration tolerance = DEFAULT_TOLERANCE;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** Where the keys come from, e.g. {@code ApiPublicKeySource.of(client)}; required. */
        public Builder publicKeySource(PublicKeySource value) {
            this.publicKeySource = Objects.requireNonNull(value, "publicKeySource");
            return this;
        }

        /** The largest accepted difference between the signed timestamp and the clock, either way (default five minutes). */
        public Builder tolerance(Duration value) {
            Objects.requireNonNull(value, "tolerance");
            if (value.isNegative()) {
                throw new IllegalArgumentException("tolerance must not be negative, was " + value);
            }
            this.tolerance = value;
            return this;
        }

        /** The clock timestamps are checked against (default the system clock); for tests. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** The verifier. */
        public WebhookVerifier build() {
            if (publicKeySource == null) {
                throw new IllegalStateException("publicKeySource is required: e.g. ApiPublicKeySource.of(client),"
                        + " or FixedPublicKeySource.parse(keyText) for a configured key");
            }
            return new WebhookVerifier(this);
        }
    }
}
