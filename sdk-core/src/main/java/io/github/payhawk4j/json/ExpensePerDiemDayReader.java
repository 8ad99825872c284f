package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
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

    private transient JsonDeserializer<Object> dateReader;
    private transient JsonDeserializer<Object> amountReader;
    private transient JsonDeserializer<Object> appliedRulesReader;

    ExpensePerDiemDayReader() {
        super(ExpensePerDiemDay.class);
    }

    @Override
    protected void resolveFields(DeserializationContext context) throws JsonMappingException {
        TypeFactory types = context.getTypeFactory();
        dateReader = find(context, types.constructType(Instant.class));
        amountReader = find(context, types.constructType(BigDecimal.class));
        appliedRulesReader = find(context, types.constructCollectionType(List.class, ExpensePerDiemAppliedRule.class));
    }

    @Override
    protected ExpensePerDiemDay read(String firstField, JsonParser parser, DeserializationContext context) throws IOException {
        ExpensePerDiemDay.Builder builder = ExpensePerDiemDay.builder();
        for (String name = firstField; name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            try {
                switch (name) {
                    case "city" -> builder.city(string(parser, context));
                    case "countryCode" -> builder.countryCode(string(parser, context));
                    case "date" -> builder.date((Instant) value(parser, context, dateReader));
                    case "timezone" -> builder.timezone(string(parser, context));
                    case "amount" -> builder.amount((BigDecimal) value(parser, context, amountReader));
                    case "currency" -> builder.currency(string(parser, context));
                    case "appliedRules" -> builder.appliedRules(list(value(parser, context, appliedRulesReader)));
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
