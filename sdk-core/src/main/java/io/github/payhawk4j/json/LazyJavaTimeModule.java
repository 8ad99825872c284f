package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.ValueInstantiators;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.type.ArrayType;
import com.fasterxml.jackson.databind.type.CollectionLikeType;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapLikeType;
import com.fasterxml.jackson.databind.type.MapType;
import com.fasterxml.jackson.databind.type.ReferenceType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.PackageVersion;

import java.io.Serializable;
import java.lang.reflect.Proxy;
import java.time.temporal.TemporalAdjuster;
import java.util.ArrayList;
import java.util.List;

/**
 * Jackson's {@link JavaTimeModule}, set up when the mapper first meets a {@code java.time} type.
 *
 * <p>Registering {@code JavaTimeModule} builds all its (de)serializers at once: about a hundred classes (its own,
 * the JDK's formatters), a sixth of what a client loads beyond plain Jackson before its first call, for types an
 * expense does not have (its instants are read by {@link IsoInstantDeserializer}). This registers, in the same
 * place, handlers that answer nothing for other types and, for a {@code java.time} type, ask the handlers
 * {@code JavaTimeModule} registers, in the order Jackson would: the mapper serializes and reads every
 * {@code java.time} type exactly as with {@code JavaTimeModule} itself. It has the same id, so registering
 * {@code JavaTimeModule} on the mapper again is ignored as before.
 */
final class LazyJavaTimeModule extends Module {

    @Override
    public String getModuleName() {
        return PackageVersion.VERSION.getArtifactId();
    }

    @Override
    public Object getTypeId() {
        return getModuleName();
    }

    @Override
    public Version version() {
        return PackageVersion.VERSION;
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addDeserializers(new LazyDeserializers());
        context.addBeanDeserializerModifier(new LazyDeserializerModifier());
        context.addBeanSerializerModifier(new LazySerializerModifier());
        context.addSerializers(new LazySerializers(false));
        context.addKeySerializers(new LazySerializers(true));
        context.addKeyDeserializers(new LazyKeyDeserializers());
        context.addValueInstantiators(new LazyValueInstantiators());
    }

    /** One lookup on one of {@code JavaTimeModule}'s handlers; it may fail as Jackson's lookups do. */
    @FunctionalInterface
    private interface Lookup<H, R, E extends Exception> {
        R find(H handler) throws E;
    }

    /** The first non-null answer of {@code handlers} to {@code lookup}, asked in Jackson's order; or null. */
    private static <H, R, E extends Exception> R first(List<H> handlers, Lookup<H, R, E> lookup) throws E {
        for (H handler : handlers) {
            R found = lookup.find(handler);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * Whether {@code JavaTimeModule}'s handlers may answer for {@code raw}: its types are all in {@code java.time}
     * (final classes, and {@code ZoneId} whose only subclasses are there too), and it serializes lambdas that are
     * {@link TemporalAdjuster}s. For any other type they answer nothing.
     */
    static boolean isJavaTime(Class<?> raw) {
        return raw != null && ("java.time".equals(raw.getPackageName()) || TemporalAdjuster.class.isAssignableFrom(raw));
    }

    private static boolean isJavaTime(JavaType type) {
        return type != null && isJavaTime(type.getRawClass());
    }

    private static boolean isJavaTime(BeanDescription description) {
        return description != null && isJavaTime(description.getType());
    }

    /** What {@code JavaTimeModule} registers, each list in the order Jackson asks it (the last registered first). */
    static final class Handlers {
        final List<Deserializers> deserializers = new ArrayList<>();
        final List<KeyDeserializers> keyDeserializers = new ArrayList<>();
        final List<Serializers> serializers = new ArrayList<>();
        final List<Serializers> keySerializers = new ArrayList<>();
        final List<BeanDeserializerModifier> deserializerModifiers = new ArrayList<>();
        final List<BeanSerializerModifier> serializerModifiers = new ArrayList<>();
        final List<ValueInstantiators> valueInstantiators = new ArrayList<>();

        /** Set up once, by the first thread that needs them (class initialisation publishes them safely). */
        private static final class Holder {
            static final Handlers INSTANCE = of(new JavaTimeModule());
        }

        static Handlers get() {
            return Holder.INSTANCE;
        }

        /** Runs {@code module}'s setup against a context that keeps what it registers. */
        static Handlers of(Module module) {
            Handlers handlers = new Handlers();
            Module.SetupContext capture = (Module.SetupContext) Proxy.newProxyInstance(Module.SetupContext.class.getClassLoader(),
                    new Class<?>[] {Module.SetupContext.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "addDeserializers" -> handlers.deserializers.add(0, (Deserializers) args[0]);
                            case "addKeyDeserializers" -> handlers.keyDeserializers.add(0, (KeyDeserializers) args[0]);
                            case "addSerializers" -> handlers.serializers.add(0, (Serializers) args[0]);
                            case "addKeySerializers" -> handlers.keySerializers.add(0, (Serializers) args[0]);
                            case "addBeanDeserializerModifier" ->
                                    handlers.deserializerModifiers.add(0, (BeanDeserializerModifier) args[0]);
                            case "addBeanSerializerModifier" ->
                                    handlers.serializerModifiers.add(0, (BeanSerializerModifier) args[0]);
                            case "addValueInstantiators" -> handlers.valueInstantiators.add(0, (ValueInstantiators) args[0]);
                            case "hashCode" -> {
                                return System.identityHashCode(proxy);
                            }
                            case "equals" -> {
                                return proxy == args[0];
                            }
                            case "toString" -> {
                                return "JavaTimeModule setup capture";
                            }
                            default -> throw new UnsupportedOperationException(module.getModuleName() + " called "
                                    + method.getName() + ", which the SDK's deferred set-up of it does not support");
                        }
                        return null;
                    });
            module.setupModule(capture);
            return handlers;
        }
    }

    private static final class LazyDeserializers extends Deserializers.Base implements Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config, BeanDescription beanDesc)
                throws JsonMappingException {
            return isJavaTime(type) ? first(Handlers.get().deserializers, d -> d.findEnumDeserializer(type, config,
                    beanDesc)) : null;
        }

        @Override
        public JsonDeserializer<?> findTreeNodeDeserializer(Class<? extends JsonNode> nodeType, DeserializationConfig config,
                BeanDescription beanDesc) throws JsonMappingException {
            return isJavaTime(nodeType) ? first(Handlers.get().deserializers,
                    d -> d.findTreeNodeDeserializer(nodeType, config, beanDesc)) : null;
        }

        @Override
        public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription beanDesc)
                throws JsonMappingException {
            return isJavaTime(type) ? first(Handlers.get().deserializers, d -> d.findBeanDeserializer(type, config,
                    beanDesc)) : null;
        }

        @Override
        public JsonDeserializer<?> findReferenceDeserializer(ReferenceType refType, DeserializationConfig config,
                BeanDescription beanDesc, TypeDeserializer contentTypeDeserializer, JsonDeserializer<?> contentDeserializer)
                throws JsonMappingException {
            return isJavaTime(refType) ? first(Handlers.get().deserializers,
                    d -> d.findReferenceDeserializer(refType, config, beanDesc, contentTypeDeserializer, contentDeserializer)) : null;
        }

        @Override
        public JsonDeserializer<?> findArrayDeserializer(ArrayType type, DeserializationConfig config, BeanDescription beanDesc,
                TypeDeserializer elementTypeDeserializer, JsonDeserializer<?> elementDeserializer) throws JsonMappingException {
            return isJavaTime(type) ? first(Handlers.get().deserializers, d -> d.findArrayDeserializer(type, config,
                    beanDesc, elementTypeDeserializer, elementDeserializer)) : null;
        }

        @Override
        public JsonDeserializer<?> findCollectionDeserializer(CollectionType type, DeserializationConfig config,
                BeanDescription beanDesc, TypeDeserializer elementTypeDeserializer, JsonDeserializer<?> elementDeserializer)
                throws JsonMappingException {
            return isJavaTime(type) ? first(Handlers.get().deserializers, d -> d.findCollectionDeserializer(type,
                    config, beanDesc, elementTypeDeserializer, elementDeserializer)) : null;
        }

        @Override
        public JsonDeserializer<?> findCollectionLikeDeserializer(CollectionLikeType type, DeserializationConfig config,
                BeanDescription beanDesc, TypeDeserializer elementTypeDeserializer, JsonDeserializer<?> elementDeserializer)
                throws JsonMappingException {
            return isJavaTime(type) ? first(Handlers.get().deserializers, d -> d.findCollectionLikeDeserializer(type,
                    config, beanDesc, elementTypeDeserializer, elementDeserializer)) : null;
        }

        @Override
        public JsonDeserializer<?> findMapDeserializer(MapType type, DeserializationConfig config, BeanDescription beanDesc,
                KeyDeserializer keyDeserializer, TypeDeserializer elementTypeDeserializer,
                JsonDeserializer<?> elementDeserializer) throws JsonMappingException {
            return isJavaTime(type) ? first(Handlers.get().deserializers, d -> d.findMapDeserializer(type, config,
                    beanDesc, keyDeserializer, elementTypeDeserializer, elementDeserializer)) : null;
        }

        @Override
        public JsonDeserializer<?> findMapLikeDeserializer(MapLikeType type, DeserializationConfig config,
                BeanDescription beanDesc, KeyDeserializer keyDeserializer, TypeDeserializer elementTypeDeserializer,
                JsonDeserializer<?> elementDeserializer) throws JsonMappingException {
            return isJavaTime(type) ? first(Handlers.get().deserializers, d -> d.findMapLikeDeserializer(type,
                    config, beanDesc, keyDeserializer, elementTypeDeserializer, elementDeserializer)) : null;
        }

        @Override
        public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
            if (isJavaTime(valueType)) {
                for (Deserializers d : Handlers.get().deserializers) {
                    if (d.hasDeserializerFor(config, valueType)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static final class LazySerializers extends Serializers.Base implements Serializable {
        private static final long serialVersionUID = 1L;

        private final boolean keys;

        LazySerializers(boolean keys) {
            this.keys = keys;
        }

        private List<Serializers> real() {
            return keys ? Handlers.get().keySerializers : Handlers.get().serializers;
        }

        @Override
        public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
            return isJavaTime(type) ? first(real(), s -> s.findSerializer(config, type, beanDesc)) : null;
        }

        @Override
        public JsonSerializer<?> findReferenceSerializer(SerializationConfig config, ReferenceType type,
                BeanDescription beanDesc, TypeSerializer contentTypeSerializer, JsonSerializer<Object> contentValueSerializer) {
            return isJavaTime(type) ? first(real(), s -> s.findReferenceSerializer(config, type, beanDesc,
                    contentTypeSerializer, contentValueSerializer)) : null;
        }

        @Override
        public JsonSerializer<?> findArraySerializer(SerializationConfig config, ArrayType type, BeanDescription beanDesc,
                TypeSerializer elementTypeSerializer, JsonSerializer<Object> elementValueSerializer) {
            return isJavaTime(type) ? first(real(), s -> s.findArraySerializer(config, type, beanDesc,
                    elementTypeSerializer, elementValueSerializer)) : null;
        }

        @Override
        public JsonSerializer<?> findCollectionSerializer(SerializationConfig config, CollectionType type,
                BeanDescription beanDesc, TypeSerializer elementTypeSerializer, JsonSerializer<Object> elementValueSerializer) {
            return isJavaTime(type) ? first(real(), s -> s.findCollectionSerializer(config, type, beanDesc,
                    elementTypeSerializer, elementValueSerializer)) : null;
        }

        @Override
        public JsonSerializer<?> findCollectionLikeSerializer(SerializationConfig config, CollectionLikeType type,
                BeanDescription beanDesc, TypeSerializer elementTypeSerializer, JsonSerializer<Object> elementValueSerializer) {
            return isJavaTime(type) ? first(real(), s -> s.findCollectionLikeSerializer(config, type, beanDesc,
                    elementTypeSerializer, elementValueSerializer)) : null;
        }

        @Override
        public JsonSerializer<?> findMapSerializer(SerializationConfig config, MapType type, BeanDescription beanDesc,
                JsonSerializer<Object> keySerializer, TypeSerializer elementTypeSerializer,
                JsonSerializer<Object> elementValueSerializer) {
            return isJavaTime(type) ? first(real(), s -> s.findMapSerializer(config, type, beanDesc, keySerializer,
                    elementTypeSerializer, elementValueSerializer)) : null;
        }

        @Override
        public JsonSerializer<?> findMapLikeSerializer(SerializationConfig config, MapLikeType type, BeanDescription beanDesc,
                JsonSerializer<Object> keySerializer, TypeSerializer elementTypeSerializer,
                JsonSerializer<Object> elementValueSerializer) {
            return isJavaTime(type) ? first(real(), s -> s.findMapLikeSerializer(config, type, beanDesc,
                    keySerializer, elementTypeSerializer, elementValueSerializer)) : null;
        }
    }

    private static final class LazyKeyDeserializers implements KeyDeserializers, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public KeyDeserializer findKeyDeserializer(JavaType type, DeserializationConfig config, BeanDescription beanDesc)
                throws JsonMappingException {
            return isJavaTime(type) ? first(Handlers.get().keyDeserializers, k -> k.findKeyDeserializer(type, config,
                    beanDesc)) : null;
        }
    }

    private static final class LazyValueInstantiators implements ValueInstantiators, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public ValueInstantiator findValueInstantiator(DeserializationConfig config, BeanDescription beanDesc,
                ValueInstantiator defaultInstantiator) {
            ValueInstantiator instantiator = defaultInstantiator;
            if (isJavaTime(beanDesc)) {
                for (ValueInstantiators v : Handlers.get().valueInstantiators) {
                    instantiator = v.findValueInstantiator(config, beanDesc, instantiator);
                }
            }
            return instantiator;
        }
    }

    /**
     * Passes the one modification {@code JavaTimeModule}'s modifier makes (of the {@code Month} enum's deserializer)
     * to it, for a {@code java.time} type. It overrides no other method (checked by a test), so the others are left
     * alone: asking it about every deserializer Jackson builds, such as the SDK's own for {@code Instant}, would set
     * up the whole module for nothing.
     */
    private static final class LazyDeserializerModifier extends BeanDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
            JsonDeserializer<?> result = deserializer;
            if (isJavaTime(type)) {
                for (BeanDeserializerModifier m : Handlers.get().deserializerModifiers) {
                    result = m.modifyEnumDeserializer(config, type, beanDesc, result);
                }
            }
            return result;
        }
    }

    /** As {@link LazyDeserializerModifier}, for the {@code Month} enum's serializer. */
    private static final class LazySerializerModifier extends BeanSerializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonSerializer<?> modifyEnumSerializer(SerializationConfig config, JavaType valueType,
                BeanDescription beanDesc, JsonSerializer<?> serializer) {
            JsonSerializer<?> result = serializer;
            if (isJavaTime(valueType)) {
                for (BeanSerializerModifier m : Handlers.get().serializerModifiers) {
                    result = m.modifyEnumSerializer(config, valueType, beanDesc, result);
                }
            }
            return result;
        }
    }
}
