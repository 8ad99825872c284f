package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.CollectionDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.util.ClassUtil;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Reads one model into its {@code Builder} by a {@code switch} on the field name, with what Jackson's builder path
 * would do for each value: the same value deserializers (looked up once: in {@link #resolve} when the reader first
 * reads, or for values it rarely meets when first met), so money keeps its scale and is bounded, instants are read
 * as by {@code IsoInstantDeserializer}, and coercions and null handling are Jackson's; unknown fields go to
 * {@code putAdditionalProperty} as trees; a failure is reported with the path of the field it happened in. What it saves is the builder path's per-object and per-property machinery (the
 * property lookup, reflective field writes and the reflective {@code build()}).
 *
 * <p>Subclasses are written by {@code sdk-core/tools/generate_model_readers.py} from the model's builder fields;
 * {@code ModelReadersEquivalenceTest} reads every fixture both ways and compares.
 *
 * @param <T> the model read
 */
abstract class ModelReader<T> extends StdDeserializer<T> implements ResolvableDeserializer {

    private static final long serialVersionUID = 1L;

    /** The types of {@link #rare}: a string field's value that is no JSON string, an unknown field, a boolean. */
    private static final Class<?>[] RARE_TYPES = {String.class, JsonNode.class, boolean.class};
    private static final int STRINGS = 0;
    private static final int TREES = 1;
    private static final int BOOLEANS = 2;

    /**
     * Jackson's deserializers of values the reader does not read itself (a string that is no JSON string, an
     * unknown field's tree, a boolean that is neither true nor false): rare, so each is looked up when first needed;
     * racing threads look up the same one.
     */
    private final transient AtomicReferenceArray<JsonDeserializer<Object>> rare = new AtomicReferenceArray<>(RARE_TYPES.length);
    /** Whether {@link #resolve} has looked up the fields' deserializers; they are read only after this is seen true. */
    private transient volatile boolean resolved;
    /** Jackson's builder-path deserializer of the model, built on first need: only for input that is no object. */
    private transient volatile JsonDeserializer<T> builderPath;

    /** The model's fields, in the order the API writes them. */
    private final transient SerializableString[] names;

    ModelReader(Class<T> model, SerializableString[] names) {
        super(model);
        this.names = names;
    }

    /** {@code names} as the parser matches them: by their bytes, encoded once. */
    static SerializableString[] names(String... names) {
        SerializableString[] serialized = new SerializableString[names.length];
        for (int i = 0; i < names.length; i++) {
            serialized[i] = new SerializedString(names[i]);
        }
        return serialized;
    }

    /**
     * The next field's name, or null at the object's end (as {@code parser.nextFieldName()}). The API writes a
     * model's fields in one order, so the field after {@code names[at]} (the last known field read; -1 before the
     * first) is tried first: the parser compares its bytes in place, without looking the name up in its symbol
     * table. Any other name (a field left out, an unknown one, another order, an escaped name) is read as usual.
     */
    static String nextName(JsonParser parser, SerializableString[] names, int at) throws IOException {
        int expected = at + 1;
        if (expected >= names.length) {
            return parser.nextFieldName();
        }
        if (parser.nextFieldName(names[expected])) {
            return names[expected].getValue();
        }
        return parser.hasToken(JsonToken.FIELD_NAME) ? parser.currentName() : null;
    }

    /**
     * Looks up the deserializers of the model's fields, once: a reader of a nested model calls it when it first
     * reads that model (see {@link #find}), so a read whose documents leave a nested model out never looks up what
     * only that model needs. Thread-safe; after the first call it is one volatile read.
     */
    @Override
    public final void resolve(DeserializationContext context) throws JsonMappingException {
        if (resolved) {
            return;
        }
        // Nothing but this reader's own fields is locked: the nested readers it finds are not resolved here.
        synchronized (this) {
            if (!resolved) {
                resolveFields(context);
                resolved = true;
            }
        }
    }

    /** Looks up the deserializers of the model's fields (other than strings and booleans, see {@link #string}, {@link #bool}). */
    protected void resolveFields(DeserializationContext context) throws JsonMappingException {
    }

    @Override
    public boolean isCachable() {
        return true;
    }

    /**
     * The deserializer Jackson would use for a property of {@code type}: for a model with a reader (or a list of
     * them, see {@link ModelList}) that reader, made here and resolved when it first reads (so an expense without
     * mileage never looks up the mileage's field types); otherwise Jackson's. Jackson would answer the same reader
     * ({@link ModelReaders} is the mapper's first introspector) but only after introspecting the model's class and
     * annotations, for each of the thirty models of an expense on a new client's first read.
     */
    static JsonDeserializer<Object> find(DeserializationContext context, JavaType type) throws JsonMappingException {
        if (type.getRawClass() == List.class && type.getContentType() != null
                && ModelReaders.readerOf(type.getContentType().getRawClass()) != null) {
            return new ModelList(type);
        }
        JsonDeserializer<Object> own = newReader(type);
        return own != null ? own : context.findContextualValueDeserializer(type, null);
    }

    /** A new, resolved reader of {@code type} if it is a model with a reader of its own ({@link ModelReaders}), else null. */
    static JsonDeserializer<Object> ownReader(DeserializationContext context, JavaType type) throws JsonMappingException {
        JsonDeserializer<Object> reader = newReader(type);
        if (reader != null) {
            ((ModelReader<?>) reader).resolve(context);
        }
        return reader;
    }

    /** A new reader of {@code type}, not yet resolved, if it is a model with a reader of its own; else null. */
    @SuppressWarnings("unchecked")
    private static JsonDeserializer<Object> newReader(JavaType type) {
        ModelReader<?> reader = type.isContainerType() ? null : ModelReaders.readerOf(type.getRawClass());
        return (JsonDeserializer<Object>) (JsonDeserializer<?>) reader;
    }

    @Override
    public final T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        resolve(context);
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return read(nextName(parser, names, -1), parser, context, ownTable(parser));
        }
        if (token == JsonToken.FIELD_NAME) {
            // Inside some buffered reads the parser is already on the first field name (or on the end).
            return read(parser.currentName(), parser, context, null);
        }
        if (token == JsonToken.END_OBJECT) {
            return read(null, parser, context, null);
        }
        // Not an object (a string, an array, ...): Jackson's coercion rules decide, exactly as on the builder path.
        return builderPath(context).deserialize(parser, context);
    }

    /**
     * A table of its own for an object that is the whole document (a {@code get(id)}), which no other value of the
     * read can share strings with: the read's table, kept in the context's per-read attributes, costs a map per read.
     * Null for any other object, whose strings go to the read's table.
     */
    private static RepeatedStrings ownTable(JsonParser parser) {
        JsonStreamContext object = parser.getParsingContext();
        JsonStreamContext parent = object == null ? null : object.getParent();
        return parent != null && parent.inRoot() ? new RepeatedStrings() : null;
    }

    /**
     * Reads the object's fields, {@code firstField} (null for an empty object) and those after it, up to the
     * object's end, into the model's builder; strings through {@code repeated}, the read's table (looked up in
     * {@code context} when null).
     */
    protected abstract T read(String firstField, JsonParser parser, DeserializationContext context,
            RepeatedStrings repeated) throws IOException;

    /**
     * The current value of a field whose deserializer is {@code reader}: an object that a {@link ModelReader}
     * reads is read by it directly, with the read's {@code repeated} strings (as its {@code deserialize} would);
     * anything else as {@link #value}.
     */
    static Object model(JsonParser parser, DeserializationContext context, JsonDeserializer<Object> reader,
            RepeatedStrings repeated) throws IOException {
        if (parser.hasToken(JsonToken.START_OBJECT) && reader instanceof ModelReader<?> model) {
            model.resolve(context);
            return model.read(nextName(parser, model.names, -1), parser, context, repeated);
        }
        return value(parser, context, reader);
    }

    /**
     * The current value of a list field whose deserializer is {@code listReader}, of elements {@code elements}
     * reads: a JSON array, when Jackson would read it with its {@code CollectionDeserializer} and the elements with
     * a {@link ModelReader}, is read here as that deserializer reads it (an {@code ArrayList}, nulls kept, a failure
     * wrapped with the element's index), each object by the element reader with the read's {@code repeated}
     * strings; anything else as {@link #value}.
     */
    static Object models(JsonParser parser, DeserializationContext context, JsonDeserializer<Object> listReader,
            JsonDeserializer<Object> elements, RepeatedStrings repeated) throws IOException {
        if (!parser.hasToken(JsonToken.START_ARRAY)
                || !(listReader instanceof ModelList || listReader.getClass() == CollectionDeserializer.class)
                || !(elements instanceof ModelReader<?> model)) {
            return value(parser, context, listReader);
        }
        model.resolve(context);
        List<Object> list = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            try {
                Object element;
                if (token == JsonToken.START_OBJECT) {
                    element = model.read(nextName(parser, model.names, -1), parser, context, repeated);
                } else if (token == JsonToken.VALUE_NULL) {
                    element = model.getNullValue(context);
                } else {
                    element = model.deserialize(parser, context);
                }
                list.add(element);
            } catch (Exception e) {
                if (!context.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS)) {
                    ClassUtil.throwIfRTE(e);
                }
                throw JsonMappingException.wrapWithPath(e, list, list.size());
            }
        }
        return list;
    }

    @SuppressWarnings("unchecked")
    private JsonDeserializer<T> builderPath(DeserializationContext context) throws JsonMappingException {
        JsonDeserializer<T> deserializer = builderPath;
        if (deserializer == null) {
            JavaType type = context.constructType(handledType());
            BeanDescription description = context.getConfig().introspect(type);
            deserializer = (JsonDeserializer<T>) context.getFactory()
                    .createBuilderBasedDeserializer(context, type, description, description.findPOJOBuilder());
            if (deserializer instanceof ResolvableDeserializer resolvable) {
                resolvable.resolve(context);
            }
            builderPath = deserializer;
        }
        return deserializer;
    }

    /** The current value read by {@code reader}, or what it reads JSON null as. */
    static Object value(JsonParser parser, DeserializationContext context, JsonDeserializer<Object> reader)
            throws IOException {
        return parser.hasToken(JsonToken.VALUE_NULL) ? reader.getNullValue(context) : reader.deserialize(parser, context);
    }

    /**
     * The current value as a string: the text of a JSON string, kept once per read in {@code repeated} (the
     * read's {@link RepeatedStrings}, looked up once per object), otherwise as Jackson coerces it.
     */
    final String string(JsonParser parser, DeserializationContext context, RepeatedStrings repeated) throws IOException {
        return parser.hasToken(JsonToken.VALUE_STRING) ? repeated.text(parser) : (String) value(parser, context, rare(STRINGS, context));
    }

    /** As {@link #string}, for a field whose values are unique to their record: not looked up, never repeated. */
    final String uniqueString(JsonParser parser, DeserializationContext context) throws IOException {
        return parser.hasToken(JsonToken.VALUE_STRING) ? parser.getText() : (String) value(parser, context, rare(STRINGS, context));
    }

    /**
     * The current value of a {@code boolean} field: JSON true and false as they are, which is what Jackson's
     * {@code boolean} deserializer answers for them; anything else (a null, a number, a string) as it coerces it.
     */
    final boolean bool(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_TRUE)) {
            return true;
        }
        if (parser.hasToken(JsonToken.VALUE_FALSE)) {
            return false;
        }
        return (Boolean) value(parser, context, rare(BOOLEANS, context));
    }

    /** The current value as a tree, for {@code putAdditionalProperty}. */
    final JsonNode tree(JsonParser parser, DeserializationContext context) throws IOException {
        return (JsonNode) value(parser, context, rare(TREES, context));
    }

    /** Jackson's deserializer of {@code RARE_TYPES[kind]}, looked up the first time it is needed. */
    private JsonDeserializer<Object> rare(int kind, DeserializationContext context) throws JsonMappingException {
        JsonDeserializer<Object> found = rare.get(kind);
        if (found == null) {
            found = find(context, context.constructType(RARE_TYPES[kind]));
            rare.set(kind, found);
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    static <E> List<E> list(Object value) {
        return (List<E>) value;
    }

    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> map(Object value) {
        return (Map<K, V>) value;
    }

    /** Fails as Jackson's builder path does when {@code build()} throws: wrapped, naming the model. */
    final T failedBuild(RuntimeException failure, DeserializationContext context) throws IOException {
        if (!context.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS)) {
            throw failure;
        }
        context.handleInstantiationProblem(handledType(), null, failure);
        throw failure;
    }

    /**
     * {@code failure} with the field it happened in added to its path, as Jackson's builder path reports it:
     * errors are rethrown, I/O failures other than Jackson's pass unchanged, anything else is wrapped.
     */
    static IOException wrap(Throwable failure, Object builder, String field, DeserializationContext context)
            throws IOException {
        Throwable cause = failure;
        while (cause instanceof InvocationTargetException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof Error error) {
            throw error;
        }
        boolean wrapAll = context == null || context.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS);
        if (cause instanceof IOException io) {
            if (!wrapAll || !(io instanceof JacksonException)) {
                throw io;
            }
        } else if (!wrapAll && cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        return JsonMappingException.wrapWithPath(cause, builder, field);
    }
}
