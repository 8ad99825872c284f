package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;

/**
 * The deserializer of a list of models that a {@link ModelReader} reads, as a reader's field finds it
 * ({@link ModelReader#find}): a JSON array is read by {@link ModelReader#models} with the element reader, exactly
 * as the {@code CollectionDeserializer} Jackson builds for such a list would; anything else (a coercion) by that
 * {@code CollectionDeserializer}, looked up only then. So finding it does not make Jackson introspect the element
 * model, which costs a new client's first read more than reading the whole expense. The SDK's mapper registers no
 * deserializer of its own for lists of models, so Jackson's is always that {@code CollectionDeserializer};
 * {@code ModelReadersEquivalenceTest} reads every fixture both ways.
 */
final class ModelList extends StdDeserializer<Object> {

    private static final long serialVersionUID = 1L;

    private final transient JavaType listType;

    /** @param listType the list's type, e.g. {@code List<LineItem>} */
    ModelList(JavaType listType) {
        super(listType);
        this.listType = listType;
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return jackson(context).deserialize(parser, context);
    }

    @Override
    public Object getNullValue(DeserializationContext context) {
        // As CollectionDeserializer: JSON null is null (a property's null handling is the builder path's, not this).
        return null;
    }

    private JsonDeserializer<Object> jackson(DeserializationContext context) throws IOException {
        return context.findContextualValueDeserializer(listType, null);
    }
}
