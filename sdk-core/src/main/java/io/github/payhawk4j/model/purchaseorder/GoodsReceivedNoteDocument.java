package io.github.payhawk4j.model.purchaseorder;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.payhawk4j.model.DocumentFile;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The delivery document of a goods received note ({@code IGoodsReceivedNoteDocument}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = GoodsReceivedNoteDocument.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class GoodsReceivedNoteDocument {

    private final Instant documentDate;
    private final String documentNumber;
    private final List<DocumentFile> files;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private GoodsReceivedNoteDocument(Builder builder) {
        this.documentDate = builder.documentDate;
        this.documentNumber = builder.documentNumber;
        this.files = builder.files == null ? List.of() : List.copyOf(builder.files);
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

    /** {@return the document issue date} */
    public Instant documentDate() {
        return documentDate;
    }

    /** {@return unique identifier of the document} */
    public String documentNumber() {
        return documentNumber;
    }

    /** {@return files attached to the document; empty if none} */
    public List<DocumentFile> files() {
        return files;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof GoodsReceivedNoteDocument that
                && Objects.equals(documentDate, that.documentDate)
                && Objects.equals(documentNumber, that.documentNumber)
                && Objects.equals(files, that.files)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(documentDate, documentNumber, files, additionalProperties);
    }

    @Override
    public String toString() {
        return "GoodsReceivedNoteDocument{documentDate=" + documentDate
                + ", documentNumber=" + documentNumber
                + ", files=" + files
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link GoodsReceivedNoteDocument} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private Instant documentDate;
        private String documentNumber;
        private List<DocumentFile> files;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(GoodsReceivedNoteDocument source) {
            this.documentDate = source.documentDate;
            this.documentNumber = source.documentNumber;
            this.files = source.files;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link GoodsReceivedNoteDocument#documentDate()}: the document issue date. */
        public Builder documentDate(Instant value) {
            this.documentDate = value;
            return this;
        }

        /** Sets {@link GoodsReceivedNoteDocument#documentNumber()}: unique identifier of the document. */
        public Builder documentNumber(String value) {
            this.documentNumber = value;
            return this;
        }

        /** Sets {@link GoodsReceivedNoteDocument#files()}: files attached to the document. */
        public Builder files(List<DocumentFile> value) {
            this.files = value;
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

        /** The {@link GoodsReceivedNoteDocument}. */
        public GoodsReceivedNoteDocument build() {
            return new GoodsReceivedNoteDocument(this);
        }
    }
}
