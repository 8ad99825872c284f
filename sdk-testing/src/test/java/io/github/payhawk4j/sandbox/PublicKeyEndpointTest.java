package io.github.payhawk4j.sandbox;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/v3/rsa-public-key: the sandbox's own fresh 3072-bit key, as an OpenSSH line. */
class PublicKeyEndpointTest {

    @Test
    void servesAFresh3072BitKeyInOpenSshForm() throws IOException {
        try (PayhawkSandbox sandbox = PayhawkSandbox.start();
             PayhawkSandbox another = PayhawkSandbox.start()) {
            SandboxApi.Answer answer = new SandboxApi(sandbox).withKey(null).get("/api/v3/rsa-public-key");

            assertThat(answer.status()).isEqualTo(200);
            String[] parts = answer.body().trim().split(" ");
            assertThat(parts[0]).isEqualTo("ssh-rsa");
            assertThat(parts[2]).isEqualTo("payhawk");

            DataInputStream blob = new DataInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(parts[1])));
            assertThat(new String(field(blob), StandardCharsets.US_ASCII)).isEqualTo("ssh-rsa");
            BigInteger exponent = new BigInteger(field(blob));
            BigInteger modulus = new BigInteger(field(blob));
            assertThat(blob.available()).isZero();
            assertThat(modulus.bitLength()).isEqualTo(3072);

            RSAPublicKey signingKey = (RSAPublicKey) sandbox.publicKey();
            assertThat(modulus).isEqualTo(signingKey.getModulus());
            assertThat(exponent).isEqualTo(signingKey.getPublicExponent());
            assertThat(another.publicKeyOpenSsh()).isNotEqualTo(sandbox.publicKeyOpenSsh());
        }
    }

    private static byte[] field(DataInputStream blob) throws IOException {
        byte[] value = new byte[blob.readInt()];
        blob.readFully(value);
        return value;
    }
}
