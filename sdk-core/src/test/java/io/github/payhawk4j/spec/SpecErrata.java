package io.github.payhawk4j.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * Errors in Payhawk's OpenAPI document that the SDK deliberately does not follow, each with the evidence: the
 * spec-driven tests check the SDK against the corrected schema instead. Only for plain mistakes in the document
 * (the document contradicting itself), never to excuse a model that cannot carry what the API sends.
 * An erratum fails loudly once the document no longer has the error, so a corrected spec removes it.
 */
final class SpecErrata {

    /** Response schemas to use instead of the documented one, by operation ({@code POST /accounts/{accountId}/users}). */
    static final Map<String, ResponseSchema> RESPONSE_SCHEMAS = Map.of(
            "POST /accounts/{accountId}/users", new ResponseSchema("IAccount", "IAccountUser",
                    "inviting a user returns the invited user: the response's own description says \"IAccountUser object"
                            + " for the invited user\", the operation's says \"Returns newly invited user\", and IAccount"
                            + " (the company: name, uic, vat, baseCurrency) has nothing of a user; UserService#invite"
                            + " returns AccountUser like UserService#list"));

    /**
     * The response schema {@code documented} of the operation {@code key} is {@code wrong}; it is {@code correct}.
     *
     * @param wrong   the component the document names
     * @param correct the component the API returns
     * @param reason  the evidence
     */
    record ResponseSchema(String wrong, String correct, String reason) {
    }

    private SpecErrata() {
    }

    /** The response schema the tests use for operation {@code key}: {@code documented}, or its correction. */
    static JsonNode responseSchema(String key, JsonNode documented) {
        ResponseSchema erratum = RESPONSE_SCHEMAS.get(key);
        if (erratum == null) {
            return documented;
        }
        if (!erratum.wrong().equals(OpenApiDocument.refName(documented))) {
            throw new IllegalStateException(key + " no longer documents " + erratum.wrong() + " but " + documented
                    + ": remove its erratum from SpecErrata (" + erratum.reason() + ")");
        }
        ObjectNode corrected = JsonNodeFactory.instance.objectNode();
        corrected.put("$ref", "#/components/schemas/" + erratum.correct());
        return corrected;
    }
}
