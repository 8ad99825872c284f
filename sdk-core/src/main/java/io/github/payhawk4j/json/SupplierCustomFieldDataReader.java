package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.DeserializationContext;

import io.github.payhawk4j.model.supplier.SupplierCustomFieldData;

import java.io.IOException;

/**
 * Reads {@link SupplierCustomFieldData} into its builder by field name, as Jackson's builder path would (see {@link ModelReader}).
 * Written by {@code sdk-core/tools/generate_model_readers.py} from the builder's fields.
 */
final class SupplierCustomFieldDataReader extends ModelReader<SupplierCustomFieldData> {

    private static final long serialVersionUID = 1L;
    /** The fields in the order the API writes them (the builder's), each tried first after the one before. */
    private static final SerializableString[] NAMES = names("externalId", "fieldId", "externalSource", "valueId",
            "valueExternalId", "value", "fileId", "fileName", "id", "label");

    SupplierCustomFieldDataReader() {
        super(SupplierCustomFieldData.class, NAMES);
    }

    @Override
    protected SupplierCustomFieldData read(String firstField, JsonParser parser, DeserializationContext context, RepeatedStrings table)
            throws IOException {
        SupplierCustomFieldData.Builder builder = SupplierCustomFieldData.builder();
        RepeatedStrings repeated = table != null ? table : RepeatedStrings.of(context);
        int at = -1;
        for (String name = firstField; name != null; name = nextName(parser, NAMES, at)) {
            parser.nextToken();
            int field = at + 1 < NAMES.length && name == NAMES[at + 1].getValue() ? at + 1 : position(name);
            try {
                switch (field) {
                    case 0 -> builder.externalId(string(parser, context, repeated));
                    case 1 -> builder.fieldId(string(parser, context, repeated));
                    case 2 -> builder.externalSource(string(parser, context, repeated));
                    case 3 -> builder.valueId(string(parser, context, repeated));
                    case 4 -> builder.valueExternalId(string(parser, context, repeated));
                    case 5 -> builder.value(string(parser, context, repeated));
                    case 6 -> builder.fileId(string(parser, context, repeated));
                    case 7 -> builder.fileName(string(parser, context, repeated));
                    case 8 -> builder.id(string(parser, context, repeated));
                    case 9 -> builder.label(string(parser, context, repeated));
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
            case "externalId" -> 0;
            case "fieldId" -> 1;
            case "externalSource" -> 2;
            case "valueId" -> 3;
            case "valueExternalId" -> 4;
            case "value" -> 5;
            case "fileId" -> 6;
            case "fileName" -> 7;
            case "id" -> 8;
            case "label" -> 9;
            default -> -1;
        };
    }
}
