package io.github.payhawk4j.webhooks.key;

/**
 * Text that should hold an RSA public key does not. The message says which form was expected
 * (OpenSSH {@code ssh-rsa} line, PEM {@code BEGIN PUBLIC KEY} or {@code BEGIN RSA PUBLIC KEY})
 * and what was wrong, without repeating the key text.
 */
public final class InvalidPublicKeyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** An exception with a message that says what was expected. */
    public InvalidPublicKeyException(String message) {
        super(message);
    }

    /** An exception with a message that says what was expected and the low-level cause. */
    public InvalidPublicKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
