package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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

    private transient JsonDeserializer<Object> paymentSchemeReader;

    SupplierBankAccountReader() {
        super(SupplierBankAccount.class);
    }

    @Override
    protected void resolveFields(DeserializationContext context) throws JsonMappingException {
        TypeFactory types = context.getTypeFactory();
        paymentSchemeReader = find(context, types.constructType(PaymentScheme.class));
    }

    @Override
    protected SupplierBankAccount read(String firstField, JsonParser parser, DeserializationContext context) throws IOException {
        SupplierBankAccount.Builder builder = SupplierBankAccount.builder();
        for (String name = firstField; name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            try {
                switch (name) {
                    case "paymentScheme" -> builder.paymentScheme(parser.hasToken(JsonToken.VALUE_STRING) ? PaymentScheme.of(parser.getText())
                            : (PaymentScheme) value(parser, context, paymentSchemeReader));
                    case "currency" -> builder.currency(string(parser, context));
                    case "accountHolder" -> builder.accountHolder(string(parser, context));
                    case "iban" -> builder.iban(string(parser, context));
                    case "bicSwift" -> builder.bicSwift(string(parser, context));
                    case "accountNumber" -> builder.accountNumber(string(parser, context));
                    case "routingNumber" -> builder.routingNumber(string(parser, context));
                    case "accountType" -> builder.accountType(string(parser, context));
                    case "country" -> builder.country(string(parser, context));
                    case "city" -> builder.city(string(parser, context));
                    case "postalCode" -> builder.postalCode(string(parser, context));
                    case "address" -> builder.address(string(parser, context));
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
