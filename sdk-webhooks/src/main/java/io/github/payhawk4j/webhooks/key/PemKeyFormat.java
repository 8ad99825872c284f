package io.github.payhawk4j.webhooks.key;

import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/**
 * PEM-armoured RSA public keys: {@code BEGIN PUBLIC KEY} (X.509 SubjectPublicKeyInfo, what
 * {@code openssl rsa -pubout} writes) and {@code BEGIN RSA PUBLIC KEY} (bare PKCS#1).
 */
final class PemKeyFormat {

    static final String SPKI_LABEL = "PUBLIC KEY";
    static final String PKCS1_LABEL = "RSA PUBLIC KEY";
    private static final int LINE_LENGTH = 64;

    private PemKeyFormat() {
    }

    /** Decodes the base64 body of a PEM block with the given label. */
    static RSAPublicKey decode(String label, String base64Body) {
        if (!SPKI_LABEL.equals(label) && !PKCS1_LABEL.equals(label)) {
            String hint = label.contains("PRIVATE") ? " (this is a private key: never hand it to a receiver)" : "";
            throw new InvalidPublicKeyException("unsupported PEM block 'BEGIN " + label + "'" + hint
                    + "; expected BEGIN PUBLIC KEY or BEGIN RSA PUBLIC KEY");
        }
        byte[] der;
        try {
            der = Base64.getDecoder().decode(base64Body);
        } catch (IllegalArgumentException e) {
            throw new InvalidPublicKeyException("the body of the BEGIN " + label + " block is not valid base64 ("
                    + e.getMessage() + ")");
        }
        if (SPKI_LABEL.equals(label)) {
            return PublicKeys.rsaPublicKeyFromSpki(der, "the BEGIN PUBLIC KEY block is not an X.509 RSA public key");
        }
        return PublicKeys.rsaPublicKeyFromSpki(DerEncoding.subjectPublicKeyInfo(der),
                "the BEGIN RSA PUBLIC KEY block is not a PKCS#1 RSA public key");
    }

    /** A PEM block with 64-character lines and a trailing newline. */
    static String encode(String label, byte[] der) {
        String base64 = Base64.getEncoder().encodeToString(der);
        StringBuilder pem = new StringBuilder(base64.length() + 80);
        pem.append("-----BEGIN ").append(label).append("-----\n");
        for (int start = 0; start < base64.length(); start += LINE_LENGTH) {
            pem.append(base64, start, Math.min(base64.length(), start + LINE_LENGTH)).append('\n');
        }
        return pem.append("-----END ").append(label).append("-----\n").toString();
    }
}
