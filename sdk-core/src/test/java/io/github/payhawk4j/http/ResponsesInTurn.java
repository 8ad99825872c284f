package io.github.payhawk4j.http;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import java.util.function.Supplier;

/**
 * Stubs one request to get a different response on each attempt (a WireMock scenario), e.g. 503,
 * then 503, then 200; the last response repeats for any further attempt.
 */
public final class ResponsesInTurn {

    private ResponsesInTurn() {
    }

    /**
     * Stubs {@code request} on {@code server} to answer with {@code responses} in turn.
     *
     * @param request a fresh mapping for the request each time it is called, e.g. {@code () -> get(path)}
     */
    public static void stub(WireMockExtension server, Supplier<MappingBuilder> request, ResponseDefinitionBuilder... responses) {
        String scenario = "in turn " + System.identityHashCode(request);
        for (int i = 0; i < responses.length; i++) {
            ScenarioMappingBuilder mapping = request.get().inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "after attempt " + i);
            if (i < responses.length - 1) {
                mapping = mapping.willSetStateTo("after attempt " + (i + 1));
            }
            server.stubFor(mapping.willReturn(responses[i]));
        }
    }
}
