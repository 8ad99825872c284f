package io.github.payhawk4j.examples.benchmarks;

import io.github.payhawk4j.webhooks.WebhookHeaders;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * The baseline of figure 2: a servlet that does by hand what a webhook endpoint minimally must,
 * read the body and check the signature with the JCA, and nothing else (no timestamp window, no
 * parsing, no duplicate check). Answers 200 or 401 with a small JSON body.
 */
public final class BareVerifyingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final byte[] OK = "{\"status\":\"processed\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] REJECTED = "{\"error\":\"signature_mismatch\"}".getBytes(StandardCharsets.UTF_8);

    private final transient PublicKey publicKey;

    /** A servlet that accepts deliveries signed with the private half of {@code publicKey}. */
    public BareVerifyingServlet(PublicKey publicKey) {
        this.publicKey = publicKey;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = request.getInputStream().readAllBytes();
        String timestamp = request.getHeader(WebhookHeaders.TIMESTAMP);
        String signature = request.getHeader(WebhookHeaders.SIGNATURE);
        String query = request.getQueryString();
        String pathAndQuery = query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
        boolean valid;
        try {
            Signature jca = Signature.getInstance("SHA256withRSA");
            jca.initVerify(publicKey);
            jca.update((timestamp + ":" + pathAndQuery + ":").getBytes(StandardCharsets.UTF_8));
            jca.update(body);
            valid = timestamp != null && signature != null && jca.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            valid = false;
        }
        byte[] answer = valid ? OK : REJECTED;
        response.setStatus(valid ? 200 : 401);
        response.setContentType("application/json");
        response.setContentLength(answer.length);
        response.getOutputStream().write(answer);
    }
}
