package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;

import io.github.payhawk4j.model.DocumentFile;

import java.io.IOException;

/**
 * Reads {@link DocumentFile} into its builder by field name, as Jackson's builder path would (see {@link ModelReader}).
 * Written by {@code sdk-core/tools/generate_model_readers.py} from the builder's fields.
 */
final class DocumentFileReader extends ModelReader<DocumentFile> {

    private static final long serialVersionUID = 1L;

    DocumentFileReader() {
        super(DocumentFile.class);
    }

    @Override
    protected DocumentFile read(String firstField, JsonParser parser, DeserializationContext context) throws IOException {
        DocumentFile.Builder builder = DocumentFile.builder();
        for (String name = firstField; name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            try {
                switch (name) {
                    case "id" -> builder.id(string(parser, context));
                    case "url" -> builder.url(string(parser, context));
                    case "contentType" -> builder.contentType(string(parser, context));
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
