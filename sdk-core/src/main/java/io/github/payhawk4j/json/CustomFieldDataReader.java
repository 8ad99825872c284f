package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
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
    /** The fields in the order the API writes them (the builder's), each tried first after the one before. */
    private static final SerializableString[] NAMES = names("id", "label", "externalId", "externalSource",
            "selectedValues", "value");

    private transient JsonDeserializer<Object> selectedValuesReader;
    private transient JsonDeserializer<Object> selectedValuesElements;

    CustomFieldDataReader() {
        super(CustomFieldData.class, NAMES);
    }

    @Override
    protected void resolveFields(DeserializationContext context) throws JsonMappingException {
        TypeFactory types = context.getTypeFactory();
        selectedValuesReader = find(context, types.constructCollectionType(List.class, CustomFieldDataValue.class));
        selectedValuesElements = find(context, types.constructType(CustomFieldDataValue.class));
    }

    @Override
    protected CustomFieldData read(String firstField, JsonParser parser, DeserializationContext context, RepeatedStrings table)
            throws IOException {
        CustomFieldData.Builder builder = CustomFieldData.builder();
        RepeatedStrings repeated = table != null ? table : RepeatedStrings.of(context);
        int at = -1;
        for (String name = firstField; name != null; name = nextName(parser, NAMES, at)) {
            parser.nextToken();
            int field = at + 1 < NAMES.length && name == NAMES[at + 1].getValue() ? at + 1 : position(name);
            try {
                switch (field) {
                    case 0 -> builder.id(string(parser, context, repeated));
                    case 1 -> builder.label(string(parser, context, repeated));
                    case 2 -> builder.externalId(string(parser, context, repeated));
                    case 3 -> builder.externalSource(string(parser, context, repeated));
                    case 4 -> builder.selectedValues(list(models(parser, context, selectedValuesReader, selectedValuesElements, repeated)));
                    case 5 -> builder.value(string(parser, context, repeated));
                    default -> builder.putAdditionalProperty(name, tree(parser, context));
                }
            } catch (Exception e) {
                throw wrap(e, builder, name, context);
            }
            if (field >= 0) {
                at = field;
            }
        }
        try {
            return builder.build();
        } catch (RuntimeException e) {
            return failedBuild(e, context);
        }
    }

    /** The position of field {@code name} in {@link #NAMES}; -1 for a field this model does not know. */
    private static int position(String name) {
        return switch (name) {
            case "id" -> 0;
            case "label" -> 1;
            case "externalId" -> 2;
            case "externalSource" -> 3;
            case "selectedValues" -> 4;
            case "value" -> 5;
            default -> -1;
        };
    }
}
