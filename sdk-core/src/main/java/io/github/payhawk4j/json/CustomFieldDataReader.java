package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.type.TypeFactory;

import io.github.payhawk4j.model.CustomFieldData;
import io.github.payhawk4j.model.CustomFieldDataValue;

import java.io.IOException;
import java.util.List;

/**
 * Reads {@link CustomFieldData} into its builder by field name, as Jackson's builder path would (see {@link ModelReader}).
 * Written by {@code sdk-core/tools/generate_model_readers.py} from the builder's fields.
 */
final class CustomFieldDataReader extends ModelReader<CustomFieldData> {

    private static final long serialVersionUID = 1L;

    private transient JsonDeserializer<Object> selectedValuesReader;

    CustomFieldDataReader() {
        super(CustomFieldData.class);
    }

    @Override
    protected void resolveFields(DeserializationContext context) throws JsonMappingException {
        TypeFactory types = context.getTypeFactory();
        selectedValuesReader = find(context, types.constructCollectionType(List.class, CustomFieldDataValue.class));
    }

    @Override
    protected CustomFieldData read(String firstField, JsonParser parser, DeserializationContext context) throws IOException {
        CustomFieldData.Builder builder = CustomFieldData.builder();
        for (String name = firstField; name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            try {
                switch (name) {
                    case "id" -> builder.id(string(parser, context));
                    case "label" -> builder.label(string(parser, context));
                    case "externalId" -> builder.externalId(string(parser, context));
                    case "externalSource" -> builder.externalSource(string(parser, context));
                    case "selectedValues" -> builder.selectedValues(list(value(parser, context, selectedValuesReader)));
                    case "value" -> builder.value(string(parser, context));
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
