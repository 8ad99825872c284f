package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;

import io.github.payhawk4j.model.ExternalLink;

import java.io.IOException;

/**
 * Reads {@link ExternalLink} into its builder by field name, as Jackson's builder path would (see {@link ModelReader}).
 * Written by {@code sdk-core/tools/generate_model_readers.py} from the builder's fields.
 */
final class ExternalLinkReader extends ModelReader<ExternalLink> {

    private static final long serialVersionUID = 1L;

    ExternalLinkReader() {
        super(ExternalLink.class);
    }

    @Override
    protected ExternalLink read(String firstField, JsonParser parser, DeserializationContext context) throws IOException {
        ExternalLink.Builder builder = ExternalLink.builder();
        for (String name = firstField; name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            try {
                switch (name) {
                    case "title" -> builder.title(string(parser, context));
                    case "url" -> builder.url(string(parser, context));
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
