package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.type.TypeFactory;

import io.github.payhawk4j.model.expense.ExpensePerDiemAppliedRule;
import io.github.payhawk4j.model.expense.ExpensePerDiemDay;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Reads {@link ExpensePerDiemDay} into its builder by field name, as Jackson's builder path would (see {@link ModelReader}).
 * Written by {@code sdk-core/tools/generate_model_readers.py} from the builder's fields.
 */
final class ExpensePerDiemDayReader extends ModelReader<ExpensePerDiemDay> {

    private static final long serialVersionUID = 1L;
    /** The fields in the order the API writes them (the builder's), each tried first after the one before. */
    private static final SerializableString[] NAMES = names("city", "countryCode", "date", "timezone", "amount",
            "currency", "appliedRules");

    private transient JsonDeserializer<Object> dateReader;
    private transient JsonDeserializer<Object> amountReader;
    private transient JsonDeserializer<Object> appliedRulesReader;
    private transient JsonDeserializer<Object> appliedRulesElements;

    ExpensePerDiemDayReader() {
        super(ExpensePerDiemDay.class, NAMES);
    }

    @Override
    protected void resolveFields(DeserializationContext context) throws JsonMappingException {
        TypeFactory types = context.getTypeFactory();
        dateReader = find(context, types.constructType(Instant.class));
        amountReader = find(context, types.constructType(BigDecimal.class));
        appliedRulesReader = find(context, types.constructCollectionType(List.class, ExpensePerDiemAppliedRule.class));
        appliedRulesElements = find(context, types.constructType(ExpensePerDiemAppliedRule.class));
    }

    @Override
    protected ExpensePerDiemDay read(String firstField, JsonParser parser, DeserializationContext context, RepeatedStrings table)
            throws IOException {
        ExpensePerDiemDay.Builder builder = ExpensePerDiemDay.builder();
        RepeatedStrings repeated = table != null ? table : RepeatedStrings.of(context);
        int at = -1;
        for (String name = firstField; name != null; name = nextName(parser, NAMES, at)) {
            parser.nextToken();
            int field = at + 1 < NAMES.length && name == NAMES[at + 1].getValue() ? at + 1 : position(name);
            try {
                switch (field) {
                    case 0 -> builder.city(string(parser, context, repeated));
                    case 1 -> builder.countryCode(string(parser, context, repeated));
                    case 2 -> builder.date((Instant) value(parser, context, dateReader));
                    case 3 -> builder.timezone(string(parser, context, repeated));
                    case 4 -> builder.amount((BigDecimal) value(parser, context, amountReader));
                    case 5 -> builder.currency(string(parser, context, repeated));
                    case 6 -> builder.appliedRules(list(models(parser, context, appliedRulesReader, appliedRulesElements, repeated)));
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
            case "city" -> 0;
            case "countryCode" -> 1;
            case "date" -> 2;
            case "timezone" -> 3;
            case "amount" -> 4;
            case "currency" -> 5;
            case "appliedRules" -> 6;
            default -> -1;
        };
    }
}
