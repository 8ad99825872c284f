package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.type.TypeFactory;

import io.github.payhawk4j.model.supplier.PaymentScheme;
import io.github.payhawk4j.model.supplier.SupplierBankAccount;

import java.io.IOException;

/**
 * Reads {@link SupplierBankAccount} into its builder by field name, as Jackson's builder path would (see {@link ModelReader}).
 * Written by {@code sdk-core/tools/generate_model_readers.py} from the builder's fields.
 */
final class SupplierBankAccountReader extends ModelReader<SupplierBankAccount> {

    private static final long serialVersionUID = 1L;
    /** The fields in the order the API writes them (the builder's), each tried first after the one before. */
    private static final SerializableString[] NAMES = names("paymentScheme", "currency", "accountHolder", "iban",
            "bicSwift", "accountNumber", "routingNumber", "accountType", "country", "city", "postalCode",
            "address");

    private transient JsonDeserializer<Object> paymentSchemeReader;

    SupplierBankAccountReader() {
        super(SupplierBankAccount.class, NAMES);
    }

    @Override
    protected void resolveFields(DeserializationContext context) throws JsonMappingException {
        TypeFactory types = context.getTypeFactory();
        paymentSchemeReader = find(context, types.constructType(PaymentScheme.class));
    }

    @Override
    protected SupplierBankAccount read(String firstField, JsonParser parser, DeserializationContext context, RepeatedStrings table)
            throws IOException {
        SupplierBankAccount.Builder builder = SupplierBankAccount.builder();
        RepeatedStrings repeated = table != null ? table : RepeatedStrings.of(context);
        int at = -1;
        for (String name = firstField; name != null; name = nextName(parser, NAMES, at)) {
            parser.nextToken();
            int field = at + 1 < NAMES.length && name == NAMES[at + 1].getValue() ? at + 1 : position(name);
            try {
                switch (field) {
                    case 0 -> builder.paymentScheme(parser.hasToken(JsonToken.VALUE_STRING) ? PaymentScheme.of(repeated.text(parser))
                            : (PaymentScheme) value(parser, context, paymentSchemeReader));
                    case 1 -> builder.currency(string(parser, context, repeated));
                    case 2 -> builder.accountHolder(string(parser, context, repeated));
                    case 3 -> builder.iban(string(parser, context, repeated));
                    case 4 -> builder.bicSwift(string(parser, context, repeated));
                    case 5 -> builder.accountNumber(string(parser, context, repeated));
                    case 6 -> builder.routingNumber(string(parser, context, repeated));
                    case 7 -> builder.accountType(string(parser, context, repeated));
                    case 8 -> builder.country(string(parser, context, repeated));
                    case 9 -> builder.city(string(parser, context, repeated));
                    case 10 -> builder.postalCode(string(parser, context, repeated));
                    case 11 -> builder.address(string(parser, context, repeated));
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
            case "paymentScheme" -> 0;
            case "currency" -> 1;
            case "accountHolder" -> 2;
            case "iban" -> 3;
            case "bicSwift" -> 4;
            case "accountNumber" -> 5;
            case "routingNumber" -> 6;
            case "accountType" -> 7;
            case "country" -> 8;
            case "city" -> 9;
            case "postalCode" -> 10;
            case "address" -> 11;
            default -> -1;
        };
    }
}
