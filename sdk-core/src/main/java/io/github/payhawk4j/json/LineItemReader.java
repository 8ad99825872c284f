package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
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
    /** The fields in the order the API writes them (the builder's), each tried first after the one before. */
    private static final SerializableString[] NAMES = names("id", "categoryId", "category", "reconciliation",
            "taxRate", "note", "amortization");

    private transient JsonDeserializer<Object> reconciliationReader;
    private transient JsonDeserializer<Object> taxRateReader;
    private transient JsonDeserializer<Object> amortizationReader;

    LineItemReader() {
        super(LineItem.class, NAMES);
    }

    @Override
    protected void resolveFields(DeserializationContext context) throws JsonMappingException {
        TypeFactory types = context.getTypeFactory();
        reconciliationReader = find(context, types.constructType(Reconciliation.class));
        taxRateReader = find(context, types.constructType(TaxRate.class));
        amortizationReader = find(context, types.constructType(Amortization.class));
    }

    @Override
    protected LineItem read(String firstField, JsonParser parser, DeserializationContext context, RepeatedStrings table)
            throws IOException {
        LineItem.Builder builder = LineItem.builder();
        RepeatedStrings repeated = table != null ? table : RepeatedStrings.of(context);
        int at = -1;
        for (String name = firstField; name != null; name = nextName(parser, NAMES, at)) {
            parser.nextToken();
            int field = at + 1 < NAMES.length && name == NAMES[at + 1].getValue() ? at + 1 : position(name);
            try {
                switch (field) {
                    case 0 -> builder.id(string(parser, context, repeated));
                    case 1 -> builder.categoryId(string(parser, context, repeated));
                    case 2 -> builder.category(string(parser, context, repeated));
                    case 3 -> builder.reconciliation((Reconciliation) model(parser, context, reconciliationReader, repeated));
                    case 4 -> builder.taxRate((TaxRate) model(parser, context, taxRateReader, repeated));
                    case 5 -> builder.note(string(parser, context, repeated));
                    case 6 -> builder.amortization((Amortization) model(parser, context, amortizationReader, repeated));
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
            case "id" -> 0;
            case "categoryId" -> 1;
            case "category" -> 2;
            case "reconciliation" -> 3;
            case "taxRate" -> 4;
            case "note" -> 5;
            case "amortization" -> 6;
            default -> -1;
        };
    }
}
