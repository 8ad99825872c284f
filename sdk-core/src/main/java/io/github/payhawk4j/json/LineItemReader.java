package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.type.TypeFactory;

import io.github.payhawk4j.model.expense.Amortization;
import io.github.payhawk4j.model.expense.LineItem;
import io.github.payhawk4j.model.expense.Reconciliation;
import io.github.payhawk4j.model.expense.TaxRate;

import java.io.IOException;

/**
 * Reads {@link LineItem} into its builder by field name, as Jackson's builder path would (see {@link ModelReader}).
 * Written by {@code sdk-core/tools/generate_model_readers.py} from the builder's fields.
 */
final class LineItemReader extends ModelReader<LineItem> {

    private static final long serialVersionUID = 1L;

    private transient JsonDeserializer<Object> reconciliationReader;
    private transient JsonDeserializer<Object> taxRateReader;
    private transient JsonDeserializer<Object> amortizationReader;

    LineItemReader() {
        super(LineItem.class);
    }

    @Override
    protected void resolveFields(DeserializationContext context) throws JsonMappingException {
        TypeFactory types = context.getTypeFactory();
        reconciliationReader = find(context, types.constructType(Reconciliation.class));
        taxRateReader = find(context, types.constructType(TaxRate.class));
        amortizationReader = find(context, types.constructType(Amortization.class));
    }

    @Override
    protected LineItem read(String firstField, JsonParser parser, DeserializationContext context) throws IOException {
        LineItem.Builder builder = LineItem.builder();
        for (String name = firstField; name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            try {
                switch (name) {
                    case "id" -> builder.id(string(parser, context));
                    case "categoryId" -> builder.categoryId(string(parser, context));
                    case "category" -> builder.category(string(parser, context));
                    case "reconciliation" -> builder.reconciliation((Reconciliation) value(parser, context, reconciliationReader));
                    case "taxRate" -> builder.taxRate((TaxRate) value(parser, context, taxRateReader));
                    case "note" -> builder.note(string(parser, context));
                    case "amortization" -> builder.amortization((Amortization) value(parser, context, amortizationReader));
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
