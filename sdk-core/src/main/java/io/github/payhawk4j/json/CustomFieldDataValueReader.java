package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;

import io.github.payhawk4j.model.CustomFieldDataValue;

import java.io.IOException;

/**
 * Reads {@link CustomFieldDataValue} into its builder by field name, as Jackson's builder path would (see {@link ModelReader}).
 * Written by {@code sdk-core/tools/generate_model_readers.py} from the builder's fields.
 */
final class CustomFieldDataValueReader extends ModelReader<CustomFieldDataValue> {

    private static final long serialVersionUID = 1L;

    CustomFieldDataValueReader() {
        super(CustomFieldDataValue.class);
    }

    @Override
    protected CustomFieldDataValue read(String firstField, JsonParser parser, DeserializationContext context) throws IOException {
        CustomFieldDataValue.Builder builder = CustomFieldDataValue.builder();
        for (String name = firstField; name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            try {
                switch (name) {
                    case "id" -> builder.id(string(parser, context));
                    case "label" -> builder.label(string(parser, context));
                    case "externalId" -> builder.externalId(string(parser, context));
                    case "owner" -> builder.owner(string(parser, context));
                    case "parentId" -> builder.parentId(string(parser, context));
                    case "childId" -> builder.childId(string(parser, context));
                    default -> builder.putAdditionalProperty(name, tree(parser, context));
                }
            } catch (Exception e) {
                throw wrap(e, builder, name, context);
            }
        }
        try {
            return builder.build();
        } catch (RuntimeException e) {
            return failedBuild(e, context);
        }
    }
}
