package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;

import io.github.payhawk4j.model.supplier.SupplierCustomFieldData;

import java.io.IOException;

/**
 * Reads {@link SupplierCustomFieldData} into its builder by field name, as Jackson's builder path would (see {@link ModelReader}).
 * Written by {@code sdk-core/tools/generate_model_readers.py} from the builder's fields.
 */
final class SupplierCustomFieldDataReader extends ModelReader<SupplierCustomFieldData> {

    private static final long serialVersionUID = 1L;

    SupplierCustomFieldDataReader() {
        super(SupplierCustomFieldData.class);
    }

    @Override
    protected SupplierCustomFieldData read(String firstField, JsonParser parser, DeserializationContext context) throws IOException {
        SupplierCustomFieldData.Builder builder = SupplierCustomFieldData.builder();
        for (String name = firstField; name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            try {
                switch (name) {
                    case "externalId" -> builder.externalId(string(parser, context));
                    case "fieldId" -> builder.fieldId(string(parser, context));
                    case "externalSource" -> builder.externalSource(string(parser, context));
                    case "valueId" -> builder.valueId(string(parser, context));
                    case "valueExternalId" -> builder.valueExternalId(string(parser, context));
                    case "value" -> builder.value(string(parser, context));
                    case "fileId" -> builder.fileId(string(parser, context));
                    case "fileName" -> builder.fileName(string(parser, context));
                    case "id" -> builder.id(string(parser, context));
                    case "label" -> builder.label(string(parser, context));
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
