package io.github.payhawk4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.NullNode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A file attached to an expense document, downloadable from {@link #url()} ({@code IFile}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = DocumentFile.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class DocumentFile {

    private final String id;
    private final String url;
    private final String contentType;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private DocumentFile(Builder builder) {
        this.id = builder.id;
        this.url = builder.url;
        this.contentType = builder.contentType;
        this.additionalProperties = builder.additionalProperties == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@return unique identifier of the file} */
    public String id() {
        return id;
    }

    /** {@return download url of the file} */
    public String url() {
        return url;
    }

    /** {@return content type of the file} */
    public String contentType() {
        return contentType;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof DocumentFile that && Objects.equals(id, that.id)
                && Objects.equals(url, that.url) && Objects.equals(contentType, that.contentType)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, url, contentType, additionalProperties);
    }

    @Override
    public String toString() {
        return "DocumentFile{id=" + id + ", url=" + url + ", contentType=" + contentType
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link DocumentFile} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private String id;
        private String url;
        private String contentType;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(DocumentFile source) {
            this.id = source.id;
            this.url = source.url;
            this.contentType = source.contentType;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link DocumentFile#id()}: unique identifier of the file. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets {@link DocumentFile#url()}: download url of the file. */
        public Builder url(String value) {
            this.url = value;
            return this;
        }

        /** Sets {@link DocumentFile#contentType()}: content type of the file. */
        public Builder contentType(String value) {
            this.contentType = value;
            return this;
        }

        /** Adds a field this SDK version has no setter for, as the JSON would carry it; null means JSON null. */
        @JsonAnySetter
        public Builder putAdditionalProperty(String name, JsonNode value) {
            if (additionalProperties == null) {
                additionalProperties = new LinkedHashMap<>();
            }
            additionalProperties.put(Objects.requireNonNull(name, "name"), value == null ? NullNode.getInstance() : value);
            return this;
        }

        /** The {@link DocumentFile}. */
        public DocumentFile build() {
            return new DocumentFile(this);
        }
    }
}
