package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;

import io.github.payhawk4j.model.Actor;

import java.io.IOException;

/**
 * Reads {@link Actor} into its builder by field name, as Jackson's builder path would (see {@link ModelReader}).
 * Written by {@code sdk-core/tools/generate_model_readers.py} from the builder's fields.
 */
final class ActorReader extends ModelReader<Actor> {

    private static final long serialVersionUID = 1L;

    ActorReader() {
        super(Actor.class);
    }

    @Override
    protected Actor read(String firstField, JsonParser parser, DeserializationContext context) throws IOException {
        Actor.Builder builder = Actor.builder();
        for (String name = firstField; name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            try {
                switch (name) {
                    case "id" -> builder.id(string(parser, context));
                    case "email" -> builder.email(string(parser, context));
                    case "firstName" -> builder.firstName(string(parser, context));
                    case "lastName" -> builder.lastName(string(parser, context));
                    case "externalId" -> builder.externalId(string(parser, context));
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
