package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
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
    /** The fields in the order the API writes them (the builder's), each tried first after the one before. */
    private static final SerializableString[] NAMES = names("taxId", "countryCode", "externalId", "address", "uic",
            "vat", "contactName", "contactEmail", "contactPhone", "bankAccounts", "externalSource", "customFields",
            "status", "id", "name");

    private transient JsonDeserializer<Object> bankAccountsReader;
    private transient JsonDeserializer<Object> bankAccountsElements;
    private transient JsonDeserializer<Object> customFieldsReader;
    private transient JsonDeserializer<Object> customFieldsElements;
    private transient JsonDeserializer<Object> statusReader;

    ExpenseSupplierReader() {
        super(ExpenseSupplier.class, NAMES);
    }

    @Override
    protected void resolveFields(DeserializationContext context) throws JsonMappingException {
        TypeFactory types = context.getTypeFactory();
        bankAccountsReader = find(context, types.constructCollectionType(List.class, SupplierBankAccount.class));
        bankAccountsElements = find(context, types.constructType(SupplierBankAccount.class));
        customFieldsReader = find(context, types.constructCollectionType(List.class, SupplierCustomFieldData.class));
        customFieldsElements = find(context, types.constructType(SupplierCustomFieldData.class));
        statusReader = find(context, types.constructType(SupplierStatus.class));
    }

    @Override
    protected ExpenseSupplier read(String firstField, JsonParser parser, DeserializationContext context, RepeatedStrings table)
            throws IOException {
        ExpenseSupplier.Builder builder = ExpenseSupplier.builder();
        RepeatedStrings repeated = table != null ? table : RepeatedStrings.of(context);
        int at = -1;
        for (String name = firstField; name != null; name = nextName(parser, NAMES, at)) {
            parser.nextToken();
            int field = at + 1 < NAMES.length && name == NAMES[at + 1].getValue() ? at + 1 : position(name);
            try {
                switch (field) {
                    case 0 -> builder.taxId(string(parser, context, repeated));
                    case 1 -> builder.countryCode(string(parser, context, repeated));
                    case 2 -> builder.externalId(string(parser, context, repeated));
                    case 3 -> builder.address(string(parser, context, repeated));
                    case 4 -> builder.uic(string(parser, context, repeated));
                    case 5 -> builder.vat(string(parser, context, repeated));
                    case 6 -> builder.contactName(string(parser, context, repeated));
                    case 7 -> builder.contactEmail(string(parser, context, repeated));
                    case 8 -> builder.contactPhone(string(parser, context, repeated));
                    case 9 -> builder.bankAccounts(list(models(parser, context, bankAccountsReader, bankAccountsElements, repeated)));
                    case 10 -> builder.externalSource(string(parser, context, repeated));
                    case 11 -> builder.customFields(list(models(parser, context, customFieldsReader, customFieldsElements, repeated)));
                    case 12 -> builder.status(parser.hasToken(JsonToken.VALUE_STRING) ? SupplierStatus.of(repeated.text(parser))
                            : (SupplierStatus) value(parser, context, statusReader));
                    case 13 -> builder.id(string(parser, context, repeated));
                    case 14 -> builder.name(string(parser, context, repeated));
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
            case "taxId" -> 0;
            case "countryCode" -> 1;
            case "externalId" -> 2;
            case "address" -> 3;
            case "uic" -> 4;
            case "vat" -> 5;
            case "contactName" -> 6;
            case "contactEmail" -> 7;
            case "contactPhone" -> 8;
            case "bankAccounts" -> 9;
            case "externalSource" -> 10;
            case "customFields" -> 11;
            case "status" -> 12;
            case "id" -> 13;
            case "name" -> 14;
            default -> -1;
        };
    }
}
