package io.github.payhawk4j.json;

import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * An {@link ObjectReader} that, when its type is a model a {@link ModelReader} reads, takes that reader as the root
 * deserializer instead of asking Jackson for it: Jackson would answer the same reader, after introspecting the
 * model's class and annotations (on a new client's first read, more than the read itself). Any other type, and
 * everything else, is the {@code ObjectReader} it was made from.
 */
final class ModelRootReader extends ObjectReader {

    private static final long serialVersionUID = 1L;

    private transient volatile JsonDeserializer<Object> model;

    /** @param base the reader, configured and given its type */
    ModelRootReader(ObjectReader base) {
        super(base, base.getConfig(), base.getValueType(), null, null, null, base.getInjectableValues(), null);
    }

    @Override
    protected JsonDeserializer<Object> _findRootDeserializer(DeserializationContext context) throws DatabindException {
        JsonDeserializer<Object> reader = model;
        if (reader == null) {
            reader = ModelReader.ownReader(context, getValueType());
            if (reader == null) {
                return super._findRootDeserializer(context);
            }
            model = reader;
        }
        return reader;
    }
}
