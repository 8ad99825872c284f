package io.github.payhawk4j.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.payhawk4j.json.PayhawkJson;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintStream;

/**
 * The inspector's outer filter, in front of {@code PayhawkWebhookFilter}: it reports what the webhook filter
 * answered that the delivery printer does not see, one line each ({@code REJECTED 401 signature_mismatch ...},
 * {@code DUPLICATE ...}), counts every answer in a {@link DeliveryTally}, and answers requests to any other
 * path with 404 and an {@code IGNORED} line, which catches a callback URL with the wrong path.
 */
final class AnswerReporter implements Filter {

    private final String webhookPath;
    private final PrintStream out;
    private final DeliveryTally tally;
    private final ObjectMapper json = PayhawkJson.newObjectMapper();

    /** A reporter for deliveries to {@code webhookPath}, printing to {@code out}. */
    AnswerReporter(String webhookPath, PrintStream out, DeliveryTally tally) {
        this.webhookPath = webhookPath;
        this.out = out;
        this.tally = tally;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest httpRequest = (HttpServletRequest) request;
        HttpServletResponse httpResponse = (HttpServletResponse) response;
        String target = httpRequest.getMethod() + " " + httpRequest.getRequestURI();
        if (!webhookPath.equals(httpRequest.getRequestURI())) {
            out.println("IGNORED " + target + " from " + httpRequest.getRemoteAddr()
                    + ": deliveries are expected at " + webhookPath);
            httpResponse.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        RecordingResponse recording = new RecordingResponse(httpResponse);
        chain.doFilter(request, recording);
        if (!request.isAsyncStarted()) {
            report(target, httpRequest.getRemoteAddr(), httpResponse.getStatus(), recording);
            return;
        }
        // The webhook filter reads bodies asynchronously: it has answered only once the exchange completes.
        request.getAsyncContext().addListener(new AsyncListener() {
            @Override
            public void onComplete(AsyncEvent event) {
                report(target, httpRequest.getRemoteAddr(), httpResponse.getStatus(), recording);
            }

            @Override
            public void onTimeout(AsyncEvent event) {
            }

            @Override
            public void onError(AsyncEvent event) {
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
            }
        });
    }

    private void report(String target, String remoteAddress, int status, RecordingResponse recording) {
        JsonNode answer = answer(recording.body());
        if (status >= 200 && status < 300) {
            if ("duplicate".equals(answer.path("status").asText())) {
                out.println("DUPLICATE " + target + ": a delivery already shown, answered 200 without handling it");
                tally.duplicate();
            } else {
                tally.verified();
            }
        } else {
            out.println("REJECTED " + status + " " + answer.path("error").asText("unknown") + "  " + target
                    + " from " + remoteAddress);
            tally.rejected();
        }
    }

    private JsonNode answer(String body) {
        try {
            JsonNode tree = json.readTree(body);
            return tree == null ? json.createObjectNode() : tree;
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }
}
