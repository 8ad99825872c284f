package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.type.TypeFactory;

import io.github.payhawk4j.model.CustomFieldData;
import io.github.payhawk4j.model.expense.Reconciliation;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Reads {@link Reconciliation} into its builder by field name, as Jackson's builder path would (see {@link ModelReader}).
 * Written by {@code sdk-core/tools/generate_model_readers.py} from the builder's fields.
 */
final class ReconciliationReader extends ModelReader<Reconciliation> {

    private static final long serialVersionUID = 1L;
    /** The fields in the order the API writes them (the builder's), each tried first after the one before. */
    private static final SerializableString[] NAMES = names("totalAmount", "taxAmount", "currency",
            "baseTotalAmount", "baseTaxAmount", "baseCurrency", "customFields", "accountCode", "fxRate",
            "fxRateToPaymentCurrency");

    private transient JsonDeserializer<Object> totalAmountReader;
    private transient JsonDeserializer<Object> taxAmountReader;
    private transient JsonDeserializer<Object> baseTotalAmountReader;
    private transient JsonDeserializer<Object> baseTaxAmountReader;
    private transient JsonDeserializer<Object> customFieldsReader;
    private transient JsonDeserializer<Object> customFieldsElements;
    private transient JsonDeserializer<Object> fxRateReader;
    private transient JsonDeserializer<Object> fxRateToPaymentCurrencyReader;

    ReconciliationReader() {
        super(Reconciliation.class, NAMES);
    }

    @Override
    protected void resolveFields(DeserializationContext context) throws JsonMappingException {
        TypeFactory types = context.getTypeFactory();
        totalAmountReader = find(context, types.constructType(BigDecimal.class));
        taxAmountReader = find(context, types.constructType(BigDecimal.class));
        baseTotalAmountReader = find(context, types.constructType(BigDecimal.class));
        baseTaxAmountReader = find(context, types.constructType(BigDecimal.class));
        customFieldsReader = find(context, types.constructCollectionType(List.class, CustomFieldData.class));
        customFieldsElements = find(context, types.constructType(CustomFieldData.class));
        fxRateReader = find(context, types.constructType(BigDecimal.class));
        fxRateToPaymentCurrencyReader = find(context, types.constructType(BigDecimal.class));
    }

    @Override
    protected Reconciliation read(String firstField, JsonParser parser, DeserializationContext context, RepeatedStrings table)
            throws IOException {
        Reconciliation.Builder builder = Reconciliation.builder();
        RepeatedStrings repeated = table != null ? table : RepeatedStrings.of(context);
        int at = -1;
        for (String name = firstField; name != null; name = nextName(parser, NAMES, at)) {
            parser.nextToken();
            int field = at + 1 < NAMES.length && name == NAMES[at + 1].getValue() ? at + 1 : position(name);
            try {
                switch (field) {
                    case 0 -> builder.totalAmount((BigDecimal) value(parser, context, totalAmountReader));
                    case 1 -> builder.taxAmount((BigDecimal) value(parser, context, taxAmountReader));
                    case 2 -> builder.currency(string(parser, context, repeated));
                    case 3 -> builder.baseTotalAmount((BigDecimal) value(parser, context, baseTotalAmountReader));
                    case 4 -> builder.baseTaxAmount((BigDecimal) value(parser, context, baseTaxAmountReader));
                    case 5 -> builder.baseCurrency(string(parser, context, repeated));
                    case 6 -> builder.customFields(list(models(parser, context, customFieldsReader, customFieldsElements, repeated)));
                    case 7 -> builder.accountCode(string(parser, context, repeated));
                    case 8 -> builder.fxRate((BigDecimal) value(parser, context, fxRateReader));
                    case 9 -> builder.fxRateToPaymentCurrency((BigDecimal) value(parser, context, fxRateToPaymentCurrencyReader));
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
            case "totalAmount" -> 0;
            case "taxAmount" -> 1;
            case "currency" -> 2;
            case "baseTotalAmount" -> 3;
            case "baseTaxAmount" -> 4;
            case "baseCurrency" -> 5;
            case "customFields" -> 6;
            case "accountCode" -> 7;
            case "fxRate" -> 8;
            case "fxRateToPaymentCurrency" -> 9;
            default -> -1;
        };
    }
}
