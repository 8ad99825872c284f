package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.type.TypeFactory;

import io.github.payhawk4j.model.expense.ExpenseSupplier;
import io.github.payhawk4j.model.supplier.SupplierBankAccount;
import io.github.payhawk4j.model.supplier.SupplierCustomFieldData;
import io.github.payhawk4j.model.supplier.SupplierStatus;

import java.io.IOException;
import java.util.List;

/**
 * Reads {@link ExpenseSupplier} into its builder by field name, as Jackson's builder path would (see {@link ModelReader}).
 * Written by {@code sdk-core/tools/generate_model_readers.py} from the builder's fields.
 */
final class ExpenseSupplierReader extends ModelReader<ExpenseSupplier> {

    private static final long serialVersionUID = 1L;

    private transient JsonDeserializer<Object> bankAccountsReader;
    private transient JsonDeserializer<Object> customFieldsReader;
    private transient JsonDeserializer<Object> statusReader;

    ExpenseSupplierReader() {
        super(ExpenseSupplier.class);
    }

    @Override
    protected void resolveFields(DeserializationContext context) throws JsonMappingException {
        TypeFactory types = context.getTypeFactory();
        bankAccountsReader = find(context, types.constructCollectionType(List.class, SupplierBankAccount.class));
        customFieldsReader = find(context, types.constructCollectionType(List.class, SupplierCustomFieldData.class));
        statusReader = find(context, types.constructType(SupplierStatus.class));
    }

    @Override
    protected ExpenseSupplier read(String firstField, JsonParser parser, DeserializationContext context) throws IOException {
        ExpenseSupplier.Builder builder = ExpenseSupplier.builder();
        for (String name = firstField; name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            try {
                switch (name) {
                    case "taxId" -> builder.taxId(string(parser, context));
                    case "countryCode" -> builder.countryCode(string(parser, context));
                    case "externalId" -> builder.externalId(string(parser, context));
                    case "address" -> builder.address(string(parser, context));
                    case "uic" -> builder.uic(string(parser, context));
                    case "vat" -> builder.vat(string(parser, context));
                    case "contactName" -> builder.contactName(string(parser, context));
                    case "contactEmail" -> builder.contactEmail(string(parser, context));
                    case "contactPhone" -> builder.contactPhone(string(parser, context));
                    case "bankAccounts" -> builder.bankAccounts(list(value(parser, context, bankAccountsReader)));
                    case "externalSource" -> builder.externalSource(string(parser, context));
                    case "customFields" -> builder.customFields(list(value(parser, context, customFieldsReader)));
                    case "status" -> builder.status(parser.hasToken(JsonToken.VALUE_STRING) ? SupplierStatus.of(parser.getText())
                            : (SupplierStatus) value(parser, context, statusReader));
                    case "id" -> builder.id(string(parser, context));
                    case "name" -> builder.name(string(parser, context));
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
