package io.github.payhawk4j.webhooks.key;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/**
 * The few DER constructs needed to move an RSA public key between PKCS#1 ({@code RSAPublicKey})
 * and X.509 ({@code SubjectPublicKeyInfo}) without a crypto library.
 */
final class DerEncoding {

    /** {@code AlgorithmIdentifier { rsaEncryption (1.2.840.113549.1.1.1), NULL }}. */
    private static final byte[] RSA_ALGORITHM_IDENTIFIER = {
            0x30, 0x0d,
            0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01,
            0x05, 0x00};

    private static final int SEQUENCE = 0x30;
    private static final int INTEGER = 0x02;
    private static final int BIT_STRING = 0x03;

    private DerEncoding() {
    }

    /** PKCS#1 {@code RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }}. */
    static byte[] pkcs1RsaPublicKey(BigInteger modulus, BigInteger publicExponent) {
        return element(SEQUENCE, concat(
                element(INTEGER, modulus.toByteArray()),
                element(INTEGER, publicExponent.toByteArray())));
    }

    /** Wraps a PKCS#1 {@code RSAPublicKey} into an X.509 {@code SubjectPublicKeyInfo}. */
    static byte[] subjectPublicKeyInfo(byte[] pkcs1RsaPublicKey) {
        byte[] bitString = new byte[pkcs1RsaPublicKey.length + 1];
        // The leading 0 is the count of unused bits in the last byte.
        System.arraycopy(pkcs1RsaPublicKey, 0, bitString, 1, pkcs1RsaPublicKey.length);
        return element(SEQUENCE, concat(RSA_ALGORITHM_IDENTIFIER, element(BIT_STRING, bitString)));
    }

    private static byte[] element(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
        out.write(tag);
        writeLength(out, content.length);
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static void writeLength(ByteArrayOutputStream out, int length) {
        if (length < 0x80) {
            out.write(length);
            return;
        }
        int bytes = length > 0xffffff ? 4 : length > 0xffff ? 3 : length > 0xff ? 2 : 1;
        out.write(0x80 | bytes);
        for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8) {
            out.write(length >>> shift);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = new byte[first.length + second.length];
        System.arraycopy(first, 0, joined, 0, first.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
