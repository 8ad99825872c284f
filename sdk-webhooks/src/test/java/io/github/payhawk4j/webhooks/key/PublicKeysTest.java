package io.github.payhawk4j.webhooks.key;

import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicKeysTest {

    static String resource(String name) {
        try (InputStream in = PublicKeysTest.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theThreeFormsWrittenByOpenSslAndSshKeygenAreTheSameKey() {
        RSAPublicKey spki = PublicKeys.parse(resource("keys/openssl-3072-spki.pem"));
        RSAPublicKey pkcs1 = PublicKeys.parse(resource("keys/openssl-3072-pkcs1.pem"));
        RSAPublicKey openSsh = PublicKeys.parse(resource("keys/openssl-3072.openssh"));

        assertThat(spki.getModulus().bitLength()).isEqualTo(3072);
        assertThat(pkcs1).isEqualTo(spki);
        assertThat(openSsh).isEqualTo(spki);
    }

    @Test
    void writesWhatOpenSslAndSshKeygenWrite() {
        RSAPublicKey key = PublicKeys.parse(resource("keys/openssl-3072-spki.pem"));

        assertThat(PublicKeys.toPem(key)).isEqualTo(resource("keys/openssl-3072-spki.pem"));
        assertThat(PublicKeys.toPkcs1Pem(key)).isEqualTo(resource("keys/openssl-3072-pkcs1.pem"));
        assertThat(PublicKeys.toOpenSsh(key, "payhawk") + "\n").isEqualTo(resource("keys/openssl-3072.openssh"));
        assertThat(PublicKeys.toOpenSsh(key, " ")).doesNotEndWith(" ").startsWith("ssh-rsa AAAA");
    }

    @Test
    void theSampleVectorKeyRoundTripsThroughEveryForm() {
        RSAPublicKey key = PublicKeys.parse(resource("vectors/sample-public-key.pem"));

        assertThat(key.getModulus().bitLength()).isEqualTo(2048);
        assertThat(PublicKeys.parse(PublicKeys.toOpenSsh(key, "payhawk"))).isEqualTo(key);
        assertThat(PublicKeys.parse(PublicKeys.toPkcs1Pem(key))).isEqualTo(key);
        assertThat(PublicKeys.parse(PublicKeys.toPem(key))).isEqualTo(key);
    }

    @Test
    void toleratesSurroundingWhitespaceCrLfAndAMissingComment() {
        String openSsh = resource("keys/openssl-3072.openssh").strip();
        String withoutComment = openSsh.substring(0, openSsh.lastIndexOf(' '));
        RSAPublicKey expected = PublicKeys.parse(openSsh);

        assertThat(PublicKeys.parse("\n  " + withoutComment + "  \n")).isEqualTo(expected);
        assertThat(PublicKeys.parse(openSsh.replace(" payhawk", "\tpayhawk key 2026"))).isEqualTo(expected);
        assertThat(PublicKeys.parse(resource("keys/openssl-3072-spki.pem").replace("\n", "\r\n"))).isEqualTo(expected);
        assertThat(PublicKeys.parse("  " + resource("keys/openssl-3072-pkcs1.pem").replace("\n", "\n  "))).isEqualTo(expected);
    }

    @Test
    void parseAllReadsAMixOfFormsAndSkipsCommentsAndBlankLines() {
        WebhookSigner other = WebhookSigner.generate();
        String text = "# old key, retire after the rotation\n" + resource("keys/openssl-3072.openssh")
                + "\n\n# new key\n" + other.publicKeyPkcs1Pem();

        List<RSAPublicKey> keys = PublicKeys.parseAll(text);

        assertThat(keys).containsExactly(PublicKeys.parse(resource("keys/openssl-3072.openssh")),
                (RSAPublicKey) other.publicKey());
        assertThatThrownBy(() -> PublicKeys.parse(text)).isInstanceOf(InvalidPublicKeyException.class)
                .hasMessage("found 2 public keys where one was expected; use PublicKeys.parseAll for a key set");
    }

    @Test
    void refusesTextThatHoldsNoKey() {
        assertThatThrownBy(() -> PublicKeys.parse("")).isInstanceOf(InvalidPublicKeyException.class)
                .hasMessageStartingWith("no public key found in the text; expected an OpenSSH line 'ssh-rsa AAAA... comment'"
                        + " or a PEM block '-----BEGIN PUBLIC KEY-----' / '-----BEGIN RSA PUBLIC KEY-----'");
        assertThatThrownBy(() -> PublicKeys.parse("# just a comment")).isInstanceOf(InvalidPublicKeyException.class)
                .hasMessageStartingWith("no public key found");
        assertThatThrownBy(() -> PublicKeys.parse("<html>Service unavailable</html>")).isInstanceOf(InvalidPublicKeyException.class)
                .hasMessageStartingWith("line 1 is not a public key; expected an OpenSSH line");
    }

    @Test
    void refusesKeysOfOtherTypesAndSaysRsaIsExpected() {
        assertThatThrownBy(() -> PublicKeys.parse(resource("keys/ed25519.openssh"))).isInstanceOf(InvalidPublicKeyException.class)
                .hasMessage("unsupported OpenSSH key type 'ssh-ed25519'; Payhawk signs with RSA, expected a line starting with 'ssh-rsa '");
        assertThatThrownBy(() -> PublicKeys.parse(resource("keys/ec-p256-spki.pem"))).isInstanceOf(InvalidPublicKeyException.class)
                .hasMessage("the BEGIN PUBLIC KEY block is not an X.509 RSA public key");
        String blob = resource("keys/ed25519.openssh").split(" ")[1];
        assertThatThrownBy(() -> PublicKeys.parse("ssh-rsa " + blob)).isInstanceOf(InvalidPublicKeyException.class)
                .hasMessageStartingWith("the key data after 'ssh-rsa' does not encode an ssh-rsa key");
    }

    @Test
    void refusesPrivateKeysAndOtherPemBlocks() {
        String privateKeyPem = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\n-----END PRIVATE KEY-----\n";
        assertThatThrownBy(() -> PublicKeys.parse(privateKeyPem)).isInstanceOf(InvalidPublicKeyException.class)
                .hasMessage("unsupported PEM block 'BEGIN PRIVATE KEY' (this is a private key: never hand it to a receiver);"
                        + " expected BEGIN PUBLIC KEY or BEGIN RSA PUBLIC KEY")
                .hasMessageNotContaining("MIIEvQIBADANBg");
        assertThatThrownBy(() -> PublicKeys.parse("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----"))
                .hasMessageStartingWith("unsupported PEM block 'BEGIN CERTIFICATE'");
    }

    @Test
    void refusesKeysShorterThan2048Bits() {
        assertThatThrownBy(() -> PublicKeys.parse(resource("keys/rsa-1024-spki.pem"))).isInstanceOf(InvalidPublicKeyException.class)
                .hasMessage("the RSA key has 1024 bits; at least 2048 are required");
    }

    @Test
    void refusesDamagedKeysWithoutRepeatingThem() {
        String openSsh = resource("keys/openssl-3072.openssh").strip();
        String blob = openSsh.split(" ")[1];
        String spki = resource("keys/openssl-3072-spki.pem");

        assertThatThrownBy(() -> PublicKeys.parse("ssh-rsa")).hasMessageStartingWith("OpenSSH line has no key data after 'ssh-rsa'");
        assertThatThrownBy(() -> PublicKeys.parse("ssh-rsa " + blob.substring(0, 200) + "*" + " payhawk"))
                .hasMessageStartingWith("the key data after 'ssh-rsa' is not valid base64")
                .hasMessageNotContaining(blob.substring(0, 200));
        String truncatedBlob = Base64.getEncoder().encodeToString(Arrays.copyOf(Base64.getDecoder().decode(blob), 200));
        assertThatThrownBy(() -> PublicKeys.parse("ssh-rsa " + truncatedBlob))
                .hasMessage("the ssh-rsa key data declares a modulus longer than the data itself; the key text is truncated or corrupt");
        String paddedBlob = Base64.getEncoder().encodeToString(Arrays.copyOf(Base64.getDecoder().decode(blob),
                Base64.getDecoder().decode(blob).length + 3));
        assertThatThrownBy(() -> PublicKeys.parse("ssh-rsa " + paddedBlob))
                .hasMessage("the ssh-rsa key data has 3 unexpected trailing bytes after the modulus");
        assertThatThrownBy(() -> PublicKeys.parse(spki.substring(0, spki.indexOf("-----END"))))
                .hasMessage("the PEM block 'BEGIN PUBLIC KEY' has no matching '-----END PUBLIC KEY-----' line; the key text is truncated");
        String[] lines = spki.split("\n");
        String missingLine = spki.replace(lines[3] + "\n", "");
        assertThatThrownBy(() -> PublicKeys.parse(missingLine)).isInstanceOf(InvalidPublicKeyException.class)
                .hasMessageNotContaining(lines[2]);
        assertThatThrownBy(() -> PublicKeys.parse(spki.replace(lines[2], lines[2].replace('A', '!'))))
                .hasMessageStartingWith("the body of the BEGIN PUBLIC KEY block is not valid base64");
    }
}
