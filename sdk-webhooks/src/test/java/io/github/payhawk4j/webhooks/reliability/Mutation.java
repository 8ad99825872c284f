package io.github.payhawk4j.webhooks.reliability;

import io.github.payhawk4j.webhooks.WebhookHeaders;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The ways a valid signed delivery is turned into a bad one. Those named {@code ..._SIGNED} are signed again
 * after the change, so they pass the signature check and must be refused by the parser (400); all others alter
 * what was signed or break the headers, and must be refused by verification (401).
 */
enum Mutation {

    FLIPPED_BODY_BYTES(401) {
        @Override
        BadDelivery apply(SignedRequest valid, SignedRequest other, Random random, ValidDeliveries signing) {
            byte[] body = valid.body().clone();
            for (int flips = 1 + random.nextInt(3), i = 0; i < flips; i++) {
                body[random.nextInt(body.length)] ^= (byte) (1 + random.nextInt(255));
            }
            if (Arrays.equals(body, valid.body())) {
                // Two flips of one byte can cancel out; one more always changes it.
                body[0] ^= 1;
            }
            return bad(valid.pathAndQuery(), valid.headers(), body);
        }
    },

    FLIPPED_PATH(401) {
        @Override
        BadDelivery apply(SignedRequest valid, SignedRequest other, Random random, ValidDeliveries signing) {
            String path = valid.pathAndQuery();
            String altered = switch (random.nextInt(4)) {
                case 0 -> replaceAlphanumeric(path, random);
                case 1 -> replaceAny(path, random);
                case 2 -> path.contains("?") ? path.substring(0, path.indexOf('?')) : path + "?tenant=acme";
                default -> path.toUpperCase(Locale.ROOT);
            };
            return bad(altered, valid.headers(), valid.body());
        }
    },

    FLIPPED_TIMESTAMP(401) {
        @Override
        BadDelivery apply(SignedRequest valid, SignedRequest other, Random random, ValidDeliveries signing) {
            String timestamp = valid.timestampText();
            String altered = switch (random.nextInt(4)) {
                case 0 -> replaceDigit(timestamp, random);
                case 1 -> replaceAny(timestamp, random);
                case 2 -> timestamp.substring(0, random.nextInt(timestamp.length()));
                // The same instant written differently is a different signed text.
                default -> timestamp.replace(".123Z", ".123000Z");
            };
            return bad(valid.pathAndQuery(), withHeader(valid.headers(), WebhookHeaders.TIMESTAMP, altered), valid.body());
        }
    },

    FLIPPED_SIGNATURE(401) {
        @Override
        BadDelivery apply(SignedRequest valid, SignedRequest other, Random random, ValidDeliveries signing) {
            String signature = valid.signature();
            String altered = switch (random.nextInt(6)) {
                case 0 -> replaceAny(signature, random);
                case 1 -> {
                    // Valid, canonical base64 of different bytes: only the RSA check can refuse it.
                    byte[] bytes = Base64.getDecoder().decode(signature);
                    bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
                    yield Base64.getEncoder().encodeToString(bytes);
                }
                case 2 -> {
                    // Shorter data, not just dropped padding (unpadded base64 of the same bytes is the same signature).
                    String data = signature.replace("=", "");
                    yield data.substring(0, random.nextInt(data.length()));
                }
                case 3 -> {
                    int at = random.nextInt(signature.length());
                    yield signature.substring(0, at) + "\r\n AQI".charAt(random.nextInt(6)) + signature.substring(at);
                }
                // A real signature, of another delivery.
                case 4 -> other.signature();
                default -> Base64.getEncoder().encodeToString(new byte[random.nextInt(2) == 0 ? 256 : 255]);
            };
            return bad(valid.pathAndQuery(), withHeader(valid.headers(), WebhookHeaders.SIGNATURE, altered), valid.body());
        }
    },

    TRUNCATED_BODY(401) {
        @Override
        BadDelivery apply(SignedRequest valid, SignedRequest other, Random random, ValidDeliveries signing) {
            return bad(valid.pathAndQuery(), valid.headers(),
                    Arrays.copyOf(valid.body(), random.nextInt(valid.body().length)));
        }
    },

    TRUNCATED_BODY_SIGNED(400) {
        @Override
        BadDelivery apply(SignedRequest valid, SignedRequest other, Random random, ValidDeliveries signing) {
            return signed(signing, valid, Arrays.copyOf(valid.body(), random.nextInt(valid.body().length)));
        }
    },

    NON_UTF8_BODY(401) {
        @Override
        BadDelivery apply(SignedRequest valid, SignedRequest other, Random random, ValidDeliveries signing) {
            return bad(valid.pathAndQuery(), valid.headers(), insertInvalidUtf8(valid.body(), random));
        }
    },

    NON_UTF8_BODY_SIGNED(400) {
        @Override
        BadDelivery apply(SignedRequest valid, SignedRequest other, Random random, ValidDeliveries signing) {
            return signed(signing, valid, insertInvalidUtf8(valid.body(), random));
        }
    },

    WRONG_SHAPE(401) {
        @Override
        BadDelivery apply(SignedRequest valid, SignedRequest other, Random random, ValidDeliveries signing) {
            return bad(valid.pathAndQuery(), valid.headers(), WrongShapes.any(random, valid.body()));
        }
    },

    WRONG_SHAPE_SIGNED(400) {
        @Override
        BadDelivery apply(SignedRequest valid, SignedRequest other, Random random, ValidDeliveries signing) {
            return signed(signing, valid, WrongShapes.any(random, valid.body()));
        }
    },

    DEEP_NESTING_SIGNED(400) {
        @Override
        BadDelivery apply(SignedRequest valid, SignedRequest other, Random random, ValidDeliveries signing) {
            int depth = random.nextBoolean() ? 100_000 : 65 + random.nextInt(5_000);
            String body = switch (random.nextInt(4)) {
                case 0 -> "[".repeat(depth) + "]".repeat(depth);
                case 1 -> "[".repeat(depth);
                case 2 -> ValidDeliveries.envelope("dlv_deep", "expense.created",
                        "{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
                default -> ValidDeliveries.envelope("dlv_deep", "expense.created",
                        "{\"expenseId\":\"1\",\"lines\":" + "[".repeat(depth) + "]".repeat(depth) + "}");
            };
            return signed(signing, valid, body.getBytes(StandardCharsets.UTF_8));
        }
    },

    DUPLICATE_KEYS_SIGNED(400) {
        @Override
        BadDelivery apply(SignedRequest valid, SignedRequest other, Random random, ValidDeliveries signing) {
            String body = switch (random.nextInt(6)) {
                case 0 -> "{\"id\":\"dlv_a\",\"id\":\"dlv_b\",\"accountId\":\"acme\",\"eventType\":\"expense.created\","
                        + "\"payload\":{\"expenseId\":\"1\"}}";
                case 1 -> "{\"id\":\"dlv_a\",\"accountId\":\"acme\",\"eventType\":\"expense.created\","
                        + "\"eventType\":\"expense.deleted\",\"payload\":{\"expenseId\":\"1\"}}";
                case 2 -> "{\"id\":\"dlv_a\",\"accountId\":\"acme\",\"accountId\":\"evil_corp\","
                        + "\"eventType\":\"expense.created\",\"payload\":{\"expenseId\":\"1\"}}";
                case 3 -> "{\"id\":\"dlv_a\",\"accountId\":\"acme\",\"eventType\":\"payment.settled\","
                        + "\"payload\":{\"expenseId\":\"1\",\"expenseId\":\"2\"}}";
                case 4 -> "{\"id\":\"dlv_a\",\"accountId\":\"acme\",\"eventType\":\"expense.created\","
                        + "\"payload\":{\"expenseId\":\"1\"},\"payload\":{\"expenseId\":\"2\"}}";
                default -> "{\"id\":\"dlv_a\",\"id\":\"dlv_a\",\"accountId\":\"acme\",\"eventType\":\"expense.created\","
                        + "\"payload\":{}}";
            };
            return signed(signing, valid, body.getBytes(StandardCharsets.UTF_8));
        }
    },

    MISSING_HEADER(401) {
        @Override
        BadDelivery apply(SignedRequest valid, SignedRequest other, Random random, ValidDeliveries signing) {
            Map<String, List<String>> headers = valid.headers();
            switch (random.nextInt(4)) {
                case 0 -> headers.remove(WebhookHeaders.TIMESTAMP);
                case 1 -> headers.remove(WebhookHeaders.SIGNATURE);
                case 2 -> {
                    headers.remove(WebhookHeaders.TIMESTAMP);
                    headers.remove(WebhookHeaders.SIGNATURE);
                }
                default -> {
                    // A near-miss name is no header at all.
                    headers.put("X-Payhawk-Signatures", headers.remove(WebhookHeaders.SIGNATURE));
                }
            }
            return bad(valid.pathAndQuery(), headers, valid.body());
        }
    },

    REPEATED_HEADER(401) {
        @Override
        BadDelivery apply(SignedRequest valid, SignedRequest other, Random random, ValidDeliveries signing) {
            String name = random.nextBoolean() ? WebhookHeaders.TIMESTAMP : WebhookHeaders.SIGNATURE;
            String value = valid.headers().get(name).get(0);
            String another = name.equals(WebhookHeaders.TIMESTAMP) ? "2026-11-02T10:15:31.000Z" : other.signature();
            Map<String, List<String>> headers = valid.headers();
            switch (random.nextInt(4)) {
                case 0 -> headers.put(name, List.of(value, value));
                case 1 -> headers.put(name, List.of(value, another));
                case 2 -> headers.put(name, List.of(another, value));
                default -> headers.put(name, List.of(value + "," + value));
            }
            return bad(valid.pathAndQuery(), headers, valid.body());
        }
    },

    EMPTY_HEADER(401) {
        @Override
        BadDelivery apply(SignedRequest valid, SignedRequest other, Random random, ValidDeliveries signing) {
            Map<String, List<String>> headers = valid.headers();
            switch (random.nextInt(3)) {
                case 0 -> headers.put(WebhookHeaders.TIMESTAMP, List.of(""));
                case 1 -> headers.put(WebhookHeaders.SIGNATURE, List.of(""));
                default -> headers.put(WebhookHeaders.SIGNATURE, List.of());
            }
            return bad(valid.pathAndQuery(), headers, valid.body());
        }
    },

    STALE_TIMESTAMP_SIGNED(401) {
        @Override
        BadDelivery apply(SignedRequest valid, SignedRequest other, Random random, ValidDeliveries signing) {
            // Validly signed, but outside the five-minute tolerance: a replay, or a clock far off.
            Duration beyond = Duration.ofMinutes(5).plusMillis(1 + random.nextInt(3_600_000));
            Instant at = random.nextBoolean() ? ValidDeliveries.NOW.minus(beyond) : ValidDeliveries.NOW.plus(beyond);
            SignedRequest stale = signing.sign(valid.pathAndQuery(),
                    WebhookSigner.formatTimestamp(at), valid.body());
            return bad(stale.pathAndQuery(), stale.headers(), stale.body());
        }
    };

    private static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String ANY = ALPHANUMERIC + " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\u0000\t\r\n\u007f\u00e9\u0141\u6771\uFEFF";
    private static final byte[][] INVALID_UTF8 = {
            {(byte) 0xFF}, {(byte) 0xFE}, {(byte) 0x80}, {(byte) 0xBF}, {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82},
            {(byte) 0xF0, (byte) 0x9F, (byte) 0x9A}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80},
    };

    private final int expectedStatus;

    Mutation(int expectedStatus) {
        this.expectedStatus = expectedStatus;
    }

    /**
     * A bad delivery made from {@code valid}; {@code other} is a different valid delivery whose signature may be
     * borrowed, and {@code signing} signs the result again where the mutation says so.
     */
    abstract BadDelivery apply(SignedRequest valid, SignedRequest other, Random random, ValidDeliveries signing);

    /** The one status every delivery of this mutation must be answered with by the dispatcher. */
    int expectedStatus() {
        return expectedStatus;
    }

    BadDelivery bad(String pathAndQuery, Map<String, List<String>> headers, byte[] body) {
        return new BadDelivery(this, pathAndQuery, headers, body, expectedStatus);
    }

    BadDelivery signed(ValidDeliveries signing, SignedRequest valid, byte[] body) {
        SignedRequest resigned = signing.sign(valid.pathAndQuery(), valid.timestampText(), body);
        return bad(resigned.pathAndQuery(), resigned.headers(), resigned.body());
    }

    private static Map<String, List<String>> withHeader(Map<String, List<String>> headers, String name, String value) {
        headers.put(name, List.of(value));
        return headers;
    }

    private static String replaceAlphanumeric(String text, Random random) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (ALPHANUMERIC.indexOf(text.charAt(i)) >= 0) {
                positions.add(i);
            }
        }
        return replaceAt(text, positions.get(random.nextInt(positions.size())), ALPHANUMERIC, random);
    }

    private static String replaceDigit(String text, Random random) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                positions.add(i);
            }
        }
        return replaceAt(text, positions.get(random.nextInt(positions.size())), "0123456789", random);
    }

    private static String replaceAny(String text, Random random) {
        return replaceAt(text, random.nextInt(text.length()), ANY, random);
    }

    /** {@code text} with the character at {@code at} replaced by a different one from {@code pool}. */
    private static String replaceAt(String text, int at, String pool, Random random) {
        char replacement;
        do {
            replacement = pool.charAt(random.nextInt(pool.length()));
        } while (replacement == text.charAt(at));
        return text.substring(0, at) + replacement + text.substring(at + 1);
    }

    /** {@code body} with an invalid UTF-8 sequence inside its first string value, or anywhere. */
    private static byte[] insertInvalidUtf8(byte[] body, Random random) {
        byte[] invalid = INVALID_UTF8[random.nextInt(INVALID_UTF8.length)];
        int firstString = indexOf(body, (byte) '"', indexOf(body, (byte) ':', 0)) + 1;
        int at = random.nextBoolean() && firstString > 0 ? firstString : random.nextInt(body.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + invalid.length);
        out.write(body, 0, at);
        out.writeBytes(invalid);
        out.write(body, at, body.length - at);
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = Math.max(from, 0); i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
