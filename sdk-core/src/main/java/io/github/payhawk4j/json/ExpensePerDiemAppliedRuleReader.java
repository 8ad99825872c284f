package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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

    private transient JsonDeserializer<Object> amountReader;
    private transient JsonDeserializer<Object> typeReader;

    ExpensePerDiemAppliedRuleReader() {
        super(ExpensePerDiemAppliedRule.class);
    }

    @Override
    protected void resolveFields(DeserializationContext context) throws JsonMappingException {
        TypeFactory types = context.getTypeFactory();
        amountReader = find(context, types.constructType(BigDecimal.class));
        typeReader = find(context, types.constructType(PerDiemRuleType.class));
    }

    @Override
    protected ExpensePerDiemAppliedRule read(String firstField, JsonParser parser, DeserializationContext context) throws IOException {
        ExpensePerDiemAppliedRule.Builder builder = ExpensePerDiemAppliedRule.builder();
        for (String name = firstField; name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            try {
                switch (name) {
                    case "amount" -> builder.amount((BigDecimal) value(parser, context, amountReader));
                    case "currency" -> builder.currency(string(parser, context));
                    case "name" -> builder.name(string(parser, context));
                    case "type" -> builder.type(parser.hasToken(JsonToken.VALUE_STRING) ? PerDiemRuleType.of(parser.getText())
                            : (PerDiemRuleType) value(parser, context, typeReader));
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
