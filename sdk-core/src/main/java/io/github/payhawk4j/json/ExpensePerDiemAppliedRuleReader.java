package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.type.TypeFactory;

import io.github.payhawk4j.model.expense.ExpensePerDiemAppliedRule;
import io.github.payhawk4j.model.expense.PerDiemRuleType;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads {@link ExpensePerDiemAppliedRule} into its builder by field name, as Jackson's builder path would (see {@link ModelReader}).
 * Written by {@code sdk-core/tools/generate_model_readers.py} from the builder's fields.
 */
final class ExpensePerDiemAppliedRuleReader extends ModelReader<ExpensePerDiemAppliedRule> {

    private static final long serialVersionUID = 1L;
    /** The fields in the order the API writes them (the builder's), each tried first after the one before. */
    private static final SerializableString[] NAMES = names("amount", "currency", "name", "type");

    private transient JsonDeserializer<Object> amountReader;
    private transient JsonDeserializer<Object> typeReader;

    ExpensePerDiemAppliedRuleReader() {
        super(ExpensePerDiemAppliedRule.class, NAMES);
    }

    @Override
    protected void resolveFields(DeserializationContext context) throws JsonMappingException {
        TypeFactory types = context.getTypeFactory();
        amountReader = find(context, types.constructType(BigDecimal.class));
        typeReader = find(context, types.constructType(PerDiemRuleType.class));
    }

    @Override
    protected ExpensePerDiemAppliedRule read(String firstField, JsonParser parser, DeserializationContext context, RepeatedStrings table)
            throws IOException {
        ExpensePerDiemAppliedRule.Builder builder = ExpensePerDiemAppliedRule.builder();
        RepeatedStrings repeated = table != null ? table : RepeatedStrings.of(context);
        int at = -1;
        for (String name = firstField; name != null; name = nextName(parser, NAMES, at)) {
            parser.nextToken();
            int field = at + 1 < NAMES.length && name == NAMES[at + 1].getValue() ? at + 1 : position(name);
            try {
                switch (field) {
                    case 0 -> builder.amount((BigDecimal) value(parser, context, amountReader));
                    case 1 -> builder.currency(string(parser, context, repeated));
                    case 2 -> builder.name(string(parser, context, repeated));
                    case 3 -> builder.type(parser.hasToken(JsonToken.VALUE_STRING) ? PerDiemRuleType.of(repeated.text(parser))
                            : (PerDiemRuleType) value(parser, context, typeReader));
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
            case "amount" -> 0;
            case "currency" -> 1;
            case "name" -> 2;
            case "type" -> 3;
            default -> -1;
        };
    }
}
