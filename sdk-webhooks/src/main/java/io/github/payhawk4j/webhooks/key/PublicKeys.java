package io.github.payhawk4j.webhooks.key;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes the text forms of the RSA public key Payhawk signs webhook deliveries with.
 *
 * <p>Accepted forms: the OpenSSH line {@code ssh-rsa AAAAB3NzaC1yc2E... payhawk} (what
 * {@code GET /api/v3/rsa-public-key} returns), PEM {@code -----BEGIN PUBLIC KEY-----} (X.509
 * SubjectPublicKeyInfo) and PEM {@code -----BEGIN RSA PUBLIC KEY-----} (PKCS#1). Keys shorter than
 * {@value #MIN_MODULUS_BITS} bits are refused. Errors are {@link InvalidPublicKeyException}s whose
 * message says which form was expected; they never repeat the key text.
 */
public final class PublicKeys {

    /** The shortest RSA modulus accepted, in bits. */
    public static final int MIN_MODULUS_BITS = 2048;

    private static final String EXPECTED_FORMS = "expected an OpenSSH line 'ssh-rsa AAAA... comment' "
            + "or a PEM block '-----BEGIN PUBLIC KEY-----' / '-----BEGIN RSA PUBLIC KEY-----'";
    private static final String PEM_BEGIN = "-----BEGIN ";
    private static final String PEM_END = "-----END ";
    private static final String PEM_DASHES = "-----";

    private PublicKeys() {
    }

    /**
     * Parses text holding exactly one RSA public key in any accepted form.
     *
     * @throws InvalidPublicKeyException if the text holds no key, several keys, or a key in another form
     */
    public static RSAPublicKey parse(String text) {
        List<RSAPublicKey> keys = parseAll(text);
        if (keys.size() != 1) {
            throw new InvalidPublicKeyException("found " + keys.size()
                    + " public keys where one was expected; use PublicKeys.parseAll for a key set");
        }
        return keys.get(0);
    }

    /**
     * Parses text holding one or more RSA public keys: OpenSSH lines and PEM blocks, in any mix.
     * Blank lines and lines starting with {@code #} are skipped.
     *
     * @throws InvalidPublicKeyException if any entry is not an accepted RSA public key, or there is none
     */
    public static List<RSAPublicKey> parseAll(String text) {
        Objects.requireNonNull(text, "text");
        List<RSAPublicKey> keys = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith(PEM_BEGIN) && line.endsWith(PEM_DASHES)
                    && line.length() > PEM_BEGIN.length() + PEM_DASHES.length()) {
                String label = line.substring(PEM_BEGIN.length(), line.length() - PEM_DASHES.length());
                String endLine = PEM_END + label + PEM_DASHES;
                StringBuilder body = new StringBuilder();
                int end = i + 1;
                while (end < lines.length && !lines[end].strip().equals(endLine)) {
                    String bodyLine = lines[end].strip();
                    if (bodyLine.startsWith(PEM_DASHES)) {
                        break;
                    }
                    body.append(bodyLine);
                    end++;
                }
                if (end >= lines.length || !lines[end].strip().equals(endLine)) {
                    throw new InvalidPublicKeyException("the PEM block 'BEGIN " + label
                            + "' has no matching '" + endLine + "' line; the key text is truncated");
                }
                keys.add(PemKeyFormat.decode(label, body.toString()));
                i = end;
            } else if (looksLikeOpenSshKeyType(line)) {
                keys.add(OpenSshKeyFormat.decode(line));
            } else {
                throw new InvalidPublicKeyException("line " + (i + 1) + " is not a public key; " + EXPECTED_FORMS);
            }
        }
        if (keys.isEmpty()) {
            throw new InvalidPublicKeyException("no public key found in the text; " + EXPECTED_FORMS);
        }
        return List.copyOf(keys);
    }

    /** The OpenSSH line for {@code key}: {@code ssh-rsa AAAA... comment} (comment left out if blank). */
    public static String toOpenSsh(RSAPublicKey key, String comment) {
        return OpenSshKeyFormat.encode(Objects.requireNonNull(key, "key"), comment);
    }

    /** The PEM {@code BEGIN PUBLIC KEY} (X.509 SubjectPublicKeyInfo) block for {@code key}. */
    public static String toPem(RSAPublicKey key) {
        return PemKeyFormat.encode(PemKeyFormat.SPKI_LABEL, subjectPublicKeyInfo(key));
    }

    /** The PEM {@code BEGIN RSA PUBLIC KEY} (PKCS#1) block for {@code key}. */
    public static String toPkcs1Pem(RSAPublicKey key) {
        return PemKeyFormat.encode(PemKeyFormat.PKCS1_LABEL,
                DerEncoding.pkcs1RsaPublicKey(key.getModulus(), key.getPublicExponent()));
    }

    /** Whether two keys are the same key (same algorithm and encoding), whatever their provider. */
    static boolean sameKey(PublicKey a, PublicKey b) {
        return a.getAlgorithm().equals(b.getAlgorithm()) && Arrays.equals(a.getEncoded(), b.getEncoded());
    }

    static RSAPublicKey rsaPublicKey(BigInteger modulus, BigInteger publicExponent) {
        if (modulus.signum() <= 0 || publicExponent.signum() <= 0) {
            throw new InvalidPublicKeyException(
                    "the RSA key has a non-positive modulus or exponent; the key text is corrupt");
        }
        try {
            return requireStrongEnough((RSAPublicKey) rsaKeyFactory()
                    .generatePublic(new RSAPublicKeySpec(modulus, publicExponent)));
        } catch (GeneralSecurityException e) {
            throw new InvalidPublicKeyException("the ssh-rsa key data is not a usable RSA public key", e);
        }
    }

    static RSAPublicKey rsaPublicKeyFromSpki(byte[] der, String whatIsWrong) {
        try {
            return requireStrongEnough((RSAPublicKey) rsaKeyFactory().generatePublic(new X509EncodedKeySpec(der)));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new InvalidPublicKeyException(whatIsWrong, e);
        }
    }

    private static byte[] subjectPublicKeyInfo(RSAPublicKey key) {
        Objects.requireNonNull(key, "key");
        return DerEncoding.subjectPublicKeyInfo(DerEncoding.pkcs1RsaPublicKey(key.getModulus(), key.getPublicExponent()));
    }

    private static RSAPublicKey requireStrongEnough(RSAPublicKey key) {
        int bits = key.getModulus().bitLength();
        if (bits < MIN_MODULUS_BITS) {
            throw new InvalidPublicKeyException("the RSA key has " + bits + " bits; at least "
                    + MIN_MODULUS_BITS + " are required");
        }
        return key;
    }

    private static boolean looksLikeOpenSshKeyType(String line) {
        return line.startsWith("ssh-") || line.startsWith("ecdsa-") || line.startsWith("sk-");
    }

    private static KeyFactory rsaKeyFactory() throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA");
    }
}
