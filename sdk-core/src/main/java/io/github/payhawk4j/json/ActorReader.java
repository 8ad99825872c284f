package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.DeserializationContext;

import io.github.payhawk4j.model.Actor;

import java.io.IOException;

/**
 * Reads {@link Actor} into its builder by field name, as Jackson's builder path would (see {@link ModelReader}).
 * Written by {@code sdk-core/tools/generate_model_readers.py} from the builder's fields.
 */
final class ActorReader extends ModelReader<Actor> {

    private static final long serialVersionUID = 1L;
    /** The fields in the order the API writes them (the builder's), each tried first after the one before. */
    private static final SerializableString[] NAMES = names("id", "email", "firstName", "lastName", "externalId");

    ActorReader() {
        super(Actor.class, NAMES);
    }

    @Override
    protected Actor read(String firstField, JsonParser parser, DeserializationContext context, RepeatedStrings table)
            throws IOException {
        Actor.Builder builder = Actor.builder();
        RepeatedStrings repeated = table != null ? table : RepeatedStrings.of(context);
        int at = -1;
        for (String name = firstField; name != null; name = nextName(parser, NAMES, at)) {
            parser.nextToken();
            int field = at + 1 < NAMES.length && name == NAMES[at + 1].getValue() ? at + 1 : position(name);
            try {
                switch (field) {
                    case 0 -> builder.id(string(parser, context, repeated));
                    case 1 -> builder.email(string(parser, context, repeated));
                    case 2 -> builder.firstName(string(parser, context, repeated));
                    case 3 -> builder.lastName(string(parser, context, repeated));
                    case 4 -> builder.externalId(string(parser, context, repeated));
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
            case "email" -> 1;
            case "firstName" -> 2;
            case "lastName" -> 3;
            case "externalId" -> 4;
            default -> -1;
        };
    }
}
