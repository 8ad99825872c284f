package io.github.payhawk4j.model.fundaccount;

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
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One page of a fund account's bank statement ({@code IBankStatementResponse}).
 *
 * <p>Immutable. Fields Payhawk sends that this SDK version does not know are kept in
 * {@link #additionalProperties()}; build one for a test with {@link #builder()}.
 */
@JsonDeserialize(builder = BankStatement.Builder.class)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class BankStatement {

    private final List<BankStatementLine> lines;
    private final long total;
    @JsonIgnore
    private final Map<String, JsonNode> additionalProperties;

    private BankStatement(Builder builder) {
        this.lines = builder.lines == null ? List.of() : List.copyOf(builder.lines);
        this.total = builder.total;
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

    /** {@return the payments on this page; never null} */
    public List<BankStatementLine> lines() {
        return lines;
    }

    /** {@return how many lines match, across all pages} */
    public long total() {
        return total;
    }

    /** Fields of the JSON object this SDK version has no accessor for, by name; empty if none. Immutable. */
    @JsonAnyGetter
    public Map<String, JsonNode> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof BankStatement that
                && Objects.equals(lines, that.lines)
                && Objects.equals(total, that.total)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lines, total, additionalProperties);
    }

    @Override
    public String toString() {
        return "BankStatement{lines=" + lines
                + ", total=" + total
                + ", additionalProperties=" + additionalProperties + '}';
    }

    /** Builds {@link BankStatement} objects; not thread-safe. Unset fields stay null (lists empty). */
    // Jackson reads JSON into the builder's fields: a reflective setter call per property would cost more.
    @JsonPOJOBuilder(withPrefix = "")
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {
        private List<BankStatementLine> lines;
        private long total;
        /** Null until the first additional property: most objects have none. */
        @JsonIgnore
        private Map<String, JsonNode> additionalProperties;

        private Builder() {
        }

        private Builder(BankStatement source) {
            this.lines = source.lines;
            this.total = source.total;
            this.additionalProperties = source.additionalProperties.isEmpty() ? null
                    : new LinkedHashMap<>(source.additionalProperties);
        }

        /** Sets {@link BankStatement#lines()}: the payments on this page. */
        public Builder lines(List<BankStatementLine> value) {
            this.lines = value;
            return this;
        }

        /** Sets {@link BankStatement#total()}: how many lines match, across all pages. */
        public Builder total(long value) {
            this.total = value;
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

        /** The {@link BankStatement}. */
        public BankStatement build() {
            return new BankStatement(this);
        }
    }
}
