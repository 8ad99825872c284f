package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.impl.ObjectIdReader;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.util.AccessPattern;
import com.fasterxml.jackson.databind.util.NameTransformer;
import io.github.payhawk4j.model.OpenEnum;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Modifier;
import java.util.Collection;

/**
 * Jackson's own deserializers of the {@link OpenEnum} types ({@code ExpenseType}, {@code ExpenseStatus}...), built
 * when first used rather than when a model reader that may need them is resolved.
 *
 * <p>The model readers read an open enum's usual form, a string, themselves, and keep Jackson's deserializer of the
 * type for anything else (null, a number, an array...). Building that deserializer is Jackson's whole bean path
 * (introspection, creators, a hundred classes) and, when it is the first bean built, a sixth of the time of the
 * first expense read, though the first expense has strings only. So each open enum type gets a placeholder here that
 * builds Jackson's deserializer, exactly as Jackson would have without this (the same factory call, resolution and
 * contextualisation), the first time it is asked for anything that needs it, and hands every call on to it.
 */
final class OpenEnumDeserializers extends Deserializers.Base implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Set while this thread builds Jackson's deserializer, so that Jackson's factory does not get the placeholder back. */
    private static final ThreadLocal<Boolean> BUILDING = new ThreadLocal<>();

    @Override
    public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
        Class<?> raw = type.getRawClass();
        if (BUILDING.get() != null || !OpenEnum.class.isAssignableFrom(raw) || Modifier.isAbstract(raw.getModifiers())) {
            return null;
        }
        return new Deferred(type, null);
    }

    /** Stands for Jackson's deserializer of one open enum type (as seen from one property, if any). */
    static final class Deferred extends StdDeserializer<Object> implements ContextualDeserializer {

        private static final long serialVersionUID = 1L;

        private final JavaType type;
        private final BeanProperty property;
        private transient volatile JsonDeserializer<Object> jackson;

        Deferred(JavaType type, BeanProperty property) {
            super(type);
            this.type = type;
            this.property = property;
        }

        /** Whether Jackson's deserializer has been built; for tests. */
        boolean isBuilt() {
            return jackson != null;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty forProperty) {
            // Jackson's deserializer is contextualised for the property when it is built.
            return forProperty == property ? this : new Deferred(type, forProperty);
        }

        /**
         * Jackson's deserializer: what its factory builds for the type without this placeholder, resolved and made
         * contextual for the property as Jackson's deserializer cache and {@code findContextualValueDeserializer} do.
         * Built at most once per placeholder in practice; two threads racing build equal ones.
         */
        @SuppressWarnings("unchecked")
        JsonDeserializer<Object> jackson(DeserializationContext context) throws JsonMappingException {
            JsonDeserializer<Object> deserializer = jackson;
            if (deserializer == null) {
                BUILDING.set(Boolean.TRUE);
                try {
                    deserializer = context.getFactory().createBeanDeserializer(context, type,
                            context.getConfig().introspect(type));
                } finally {
                    BUILDING.remove();
                }
                if (deserializer instanceof ResolvableDeserializer resolvable) {
                    resolvable.resolve(context);
                }
                deserializer = (JsonDeserializer<Object>) context.handleSecondaryContextualization(deserializer, property, type);
                jackson = deserializer;
            }
            return deserializer;
        }

        /** Jackson's deserializer if it is built; without a context to build it with, nothing else can be done. */
        private JsonDeserializer<Object> built(String what) {
            JsonDeserializer<Object> deserializer = jackson;
            if (deserializer == null) {
                throw new IllegalStateException("the deserializer of " + type + " is not built yet, so it cannot answer " + what);
            }
            return deserializer;
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException, JacksonException {
            return jackson(context).deserialize(parser, context);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context, Object intoValue) throws IOException {
            return jackson(context).deserialize(parser, context, intoValue);
        }

        @Override
        public Object deserializeWithType(JsonParser parser, DeserializationContext context, TypeDeserializer types)
                throws IOException {
            return jackson(context).deserializeWithType(parser, context, types);
        }

        @Override
        public Object deserializeWithType(JsonParser parser, DeserializationContext context, TypeDeserializer types,
                Object intoValue) throws IOException {
            return jackson(context).deserializeWithType(parser, context, types, intoValue);
        }

        /** A JSON null: Jackson's bean deserializers do not override this (checked by a test), so it is null. */
        @Override
        public Object getNullValue(DeserializationContext context) throws JsonMappingException {
            JsonDeserializer<Object> deserializer = jackson;
            return deserializer == null ? null : deserializer.getNullValue(context);
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) throws JsonMappingException {
            JsonDeserializer<Object> deserializer = jackson;
            return deserializer == null ? null : deserializer.getAbsentValue(context);
        }

        @Override
        public Object getEmptyValue(DeserializationContext context) throws JsonMappingException {
            return jackson(context).getEmptyValue(context);
        }

        @Override
        public AccessPattern getNullAccessPattern() {
            JsonDeserializer<Object> deserializer = jackson;
            // What BeanDeserializerBase answers (checked by a test): a null is null, built or not.
            return deserializer == null ? AccessPattern.ALWAYS_NULL : deserializer.getNullAccessPattern();
        }

        @Override
        public AccessPattern getEmptyAccessPattern() {
            JsonDeserializer<Object> deserializer = jackson;
            // What BeanDeserializerBase answers (checked by a test): an empty value is made per call.
            return deserializer == null ? AccessPattern.DYNAMIC : deserializer.getEmptyAccessPattern();
        }

        @Override
        public boolean isCachable() {
            // As BeanDeserializerBase, which caches every bean deserializer without object ids or injections.
            return true;
        }

        @Override
        public Class<?> handledType() {
            return type.getRawClass();
        }

        @Override
        public LogicalType logicalType() {
            // As BeanDeserializerBase.
            return LogicalType.POJO;
        }

        @Override
        public Boolean supportsUpdate(DeserializationConfig config) {
            // As BeanDeserializerBase: a bean can be updated.
            return Boolean.TRUE;
        }

        @Override
        public ObjectIdReader getObjectIdReader() {
            JsonDeserializer<Object> deserializer = jackson;
            // Open enums declare no object id.
            return deserializer == null ? null : deserializer.getObjectIdReader();
        }

        @Override
        public SettableBeanProperty findBackReference(String refName) {
            return built("findBackReference").findBackReference(refName);
        }

        @Override
        public JsonDeserializer<Object> unwrappingDeserializer(NameTransformer unwrapper) {
            return built("unwrappingDeserializer").unwrappingDeserializer(unwrapper);
        }

        @Override
        public Collection<Object> getKnownPropertyNames() {
            return built("getKnownPropertyNames").getKnownPropertyNames();
        }

        @Override
        public ValueInstantiator getValueInstantiator() {
            JsonDeserializer<Object> deserializer = jackson;
            return deserializer instanceof ValueInstantiator.Gettable gettable ? gettable.getValueInstantiator() : null;
        }
    }
}
