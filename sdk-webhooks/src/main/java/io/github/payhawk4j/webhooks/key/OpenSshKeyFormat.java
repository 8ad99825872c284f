package io.github.payhawk4j.webhooks.key;

import io.github.payhawk4j.webhooks.internal.PrintableText;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;

/**
 * The OpenSSH public key line, {@code ssh-rsa <base64 of the RFC 4253 wire form> [comment]},
 * which is what Payhawk's {@code GET /api/v3/rsa-public-key} serves.
 */
final class OpenSshKeyFormat {

    static final String KEY_TYPE = "ssh-rsa";
    private static final byte[] KEY_TYPE_BYTES = KEY_TYPE.getBytes(StandardCharsets.US_ASCII);

    private OpenSshKeyFormat() {
    }

    /** Reads one {@code ssh-rsa} line; {@code line} is already trimmed and non-empty. */
    static RSAPublicKey decode(String line) {
        String[] tokens = line.split("\\s+");
        String keyType = tokens[0];
        if (!KEY_TYPE.equals(keyType)) {
            throw new InvalidPublicKeyException("unsupported OpenSSH key type '" + PrintableText.of(keyType, 40)
                    + "'; Payhawk signs with RSA, expected a line starting with 'ssh-rsa '");
        }
        if (tokens.length < 2) {
            throw new InvalidPublicKeyException(
                    "OpenSSH line has no key data after 'ssh-rsa'; expected 'ssh-rsa AAAA... comment'");
        }
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(tokens[1]);
        } catch (IllegalArgumentException e) {
            throw new InvalidPublicKeyException("the key data after 'ssh-rsa' is not valid base64 ("
                    + e.getMessage() + "); expected 'ssh-rsa AAAA... comment'");
        }
        ByteBuffer wire = ByteBuffer.wrap(blob);
        byte[] innerType = readString(wire, "key type");
        if (!Arrays.equals(innerType, KEY_TYPE_BYTES)) {
            throw new InvalidPublicKeyException("the key data after 'ssh-rsa' does not encode an ssh-rsa key; "
                    + "expected the blob to start with the string 'ssh-rsa'");
        }
        BigInteger publicExponent = new BigInteger(readString(wire, "public exponent"));
        BigInteger modulus = new BigInteger(readString(wire, "modulus"));
        if (wire.hasRemaining()) {
            throw new InvalidPublicKeyException("the ssh-rsa key data has " + wire.remaining()
                    + " unexpected trailing bytes after the modulus");
        }
        return PublicKeys.rsaPublicKey(modulus, publicExponent);
    }

    /** The {@code ssh-rsa} line for {@code key}, with {@code comment} appended if not blank. */
    static String encode(RSAPublicKey key, String comment) {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        writeString(wire, KEY_TYPE_BYTES);
        writeString(wire, key.getPublicExponent().toByteArray());
        writeString(wire, key.getModulus().toByteArray());
        String line = KEY_TYPE + " " + Base64.getEncoder().encodeToString(wire.toByteArray());
        return comment == null || comment.isBlank() ? line : line + " " + comment.strip();
    }

    private static byte[] readString(ByteBuffer wire, String what) {
        if (wire.remaining() < 4) {
            throw new InvalidPublicKeyException("the ssh-rsa key data ends before its " + what);
        }
        int length = wire.getInt();
        if (length < 0 || length > wire.remaining()) {
            throw new InvalidPublicKeyException("the ssh-rsa key data declares a " + what
                    + " longer than the data itself; the key text is truncated or corrupt");
        }
        byte[] value = new byte[length];
        wire.get(value);
        if (length == 0 && !"key type".equals(what)) {
            throw new InvalidPublicKeyException("the ssh-rsa key data has an empty " + what);
        }
        return value;
    }

    private static void writeString(ByteArrayOutputStream wire, byte[] value) {
        int length = value.length;
        wire.write(length >>> 24);
        wire.write(length >>> 16);
        wire.write(length >>> 8);
        wire.write(length);
        wire.writeBytes(value);
    }
}
