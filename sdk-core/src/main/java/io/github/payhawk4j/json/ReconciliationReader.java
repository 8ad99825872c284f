package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
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

    private transient JsonDeserializer<Object> totalAmountReader;
    private transient JsonDeserializer<Object> taxAmountReader;
    private transient JsonDeserializer<Object> baseTotalAmountReader;
    private transient JsonDeserializer<Object> baseTaxAmountReader;
    private transient JsonDeserializer<Object> customFieldsReader;
    private transient JsonDeserializer<Object> fxRateReader;
    private transient JsonDeserializer<Object> fxRateToPaymentCurrencyReader;

    ReconciliationReader() {
        super(Reconciliation.class);
    }

    @Override
    protected void resolveFields(DeserializationContext context) throws JsonMappingException {
        TypeFactory types = context.getTypeFactory();
        totalAmountReader = find(context, types.constructType(BigDecimal.class));
        taxAmountReader = find(context, types.constructType(BigDecimal.class));
        baseTotalAmountReader = find(context, types.constructType(BigDecimal.class));
        baseTaxAmountReader = find(context, types.constructType(BigDecimal.class));
        customFieldsReader = find(context, types.constructCollectionType(List.class, CustomFieldData.class));
        fxRateReader = find(context, types.constructType(BigDecimal.class));
        fxRateToPaymentCurrencyReader = find(context, types.constructType(BigDecimal.class));
    }

    @Override
    protected Reconciliation read(String firstField, JsonParser parser, DeserializationContext context) throws IOException {
        Reconciliation.Builder builder = Reconciliation.builder();
        for (String name = firstField; name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            try {
                switch (name) {
                    case "totalAmount" -> builder.totalAmount((BigDecimal) value(parser, context, totalAmountReader));
                    case "taxAmount" -> builder.taxAmount((BigDecimal) value(parser, context, taxAmountReader));
                    case "currency" -> builder.currency(string(parser, context));
                    case "baseTotalAmount" -> builder.baseTotalAmount((BigDecimal) value(parser, context, baseTotalAmountReader));
                    case "baseTaxAmount" -> builder.baseTaxAmount((BigDecimal) value(parser, context, baseTaxAmountReader));
                    case "baseCurrency" -> builder.baseCurrency(string(parser, context));
                    case "customFields" -> builder.customFields(list(value(parser, context, customFieldsReader)));
                    case "accountCode" -> builder.accountCode(string(parser, context));
                    case "fxRate" -> builder.fxRate((BigDecimal) value(parser, context, fxRateReader));
                    case "fxRateToPaymentCurrency" -> builder.fxRateToPaymentCurrency((BigDecimal) value(parser, context, fxRateToPaymentCurrencyReader));
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
