package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.type.TypeFactory;

import io.github.payhawk4j.model.Actor;
import io.github.payhawk4j.model.ExternalLink;
import io.github.payhawk4j.model.expense.Amortization;
import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.model.expense.ExpenseCategory;
import io.github.payhawk4j.model.expense.ExpenseDocument;
import io.github.payhawk4j.model.expense.ExpenseMileage;
import io.github.payhawk4j.model.expense.ExpensePerDiem;
import io.github.payhawk4j.model.expense.ExpenseStatus;
import io.github.payhawk4j.model.expense.ExpenseSupplier;
import io.github.payhawk4j.model.expense.ExpenseType;
import io.github.payhawk4j.model.expense.LineItem;
import io.github.payhawk4j.model.expense.Reconciliation;
import io.github.payhawk4j.model.expense.TaxRate;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Reads {@link Expense} into its builder by field name, as Jackson's builder path would (see {@link ModelReader}).
 * Written by {@code sdk-core/tools/generate_model_readers.py} from the builder's fields.
 */
final class ExpenseReader extends ModelReader<Expense> {

    private static final long serialVersionUID = 1L;
    /** The fields in the order the API writes them (the builder's), each tried first after the one before. */
    private static final SerializableString[] NAMES = names("id", "createdAt", "createdBy", "settledAt",
            "reviewedAt", "type", "status", "isPaid", "title", "category", "note", "lineItems", "reconciliation",
            "taxRate", "document", "supplier", "externalLinks", "perDiem", "mileage", "amortization");

    private transient JsonDeserializer<Object> createdAtReader;
    private transient JsonDeserializer<Object> createdByReader;
    private transient JsonDeserializer<Object> settledAtReader;
    private transient JsonDeserializer<Object> reviewedAtReader;
    private transient JsonDeserializer<Object> typeReader;
    private transient JsonDeserializer<Object> statusReader;
    private transient JsonDeserializer<Object> categoryReader;
    private transient JsonDeserializer<Object> lineItemsReader;
    private transient JsonDeserializer<Object> lineItemsElements;
    private transient JsonDeserializer<Object> reconciliationReader;
    private transient JsonDeserializer<Object> taxRateReader;
    private transient JsonDeserializer<Object> documentReader;
    private transient JsonDeserializer<Object> supplierReader;
    private transient JsonDeserializer<Object> externalLinksReader;
    private transient JsonDeserializer<Object> externalLinksElements;
    private transient JsonDeserializer<Object> perDiemReader;
    private transient JsonDeserializer<Object> mileageReader;
    private transient JsonDeserializer<Object> amortizationReader;

    ExpenseReader() {
        super(Expense.class, NAMES);
    }

    @Override
    protected void resolveFields(DeserializationContext context) throws JsonMappingException {
        TypeFactory types = context.getTypeFactory();
        createdAtReader = find(context, types.constructType(Instant.class));
        createdByReader = find(context, types.constructType(Actor.class));
        settledAtReader = find(context, types.constructType(Instant.class));
        reviewedAtReader = find(context, types.constructType(Instant.class));
        typeReader = find(context, types.constructType(ExpenseType.class));
        statusReader = find(context, types.constructType(ExpenseStatus.class));
        categoryReader = find(context, types.constructType(ExpenseCategory.class));
        lineItemsReader = find(context, types.constructCollectionType(List.class, LineItem.class));
        lineItemsElements = find(context, types.constructType(LineItem.class));
        reconciliationReader = find(context, types.constructType(Reconciliation.class));
        taxRateReader = find(context, types.constructType(TaxRate.class));
        documentReader = find(context, types.constructType(ExpenseDocument.class));
        supplierReader = find(context, types.constructType(ExpenseSupplier.class));
        externalLinksReader = find(context, types.constructCollectionType(List.class, ExternalLink.class));
        externalLinksElements = find(context, types.constructType(ExternalLink.class));
        perDiemReader = find(context, types.constructType(ExpensePerDiem.class));
        mileageReader = find(context, types.constructType(ExpenseMileage.class));
        amortizationReader = find(context, types.constructType(Amortization.class));
    }

    @Override
    protected Expense read(String firstField, JsonParser parser, DeserializationContext context, RepeatedStrings table)
            throws IOException {
        Expense.Builder builder = Expense.builder();
        RepeatedStrings repeated = table != null ? table : RepeatedStrings.of(context);
        int at = -1;
        for (String name = firstField; name != null; name = nextName(parser, NAMES, at)) {
            parser.nextToken();
            int field = at + 1 < NAMES.length && name == NAMES[at + 1].getValue() ? at + 1 : position(name);
            try {
                switch (field) {
                    case 0 -> builder.id(uniqueString(parser, context));
                    case 1 -> builder.createdAt((Instant) value(parser, context, createdAtReader));
                    case 2 -> builder.createdBy((Actor) model(parser, context, createdByReader, repeated));
                    case 3 -> builder.settledAt((Instant) value(parser, context, settledAtReader));
                    case 4 -> builder.reviewedAt((Instant) value(parser, context, reviewedAtReader));
                    case 5 -> builder.type(parser.hasToken(JsonToken.VALUE_STRING) ? ExpenseType.of(repeated.text(parser))
                            : (ExpenseType) value(parser, context, typeReader));
                    case 6 -> builder.status(parser.hasToken(JsonToken.VALUE_STRING) ? ExpenseStatus.of(repeated.text(parser))
                            : (ExpenseStatus) value(parser, context, statusReader));
                    case 7 -> builder.isPaid(bool(parser, context));
                    case 8 -> builder.title(string(parser, context, repeated));
                    case 9 -> builder.category((ExpenseCategory) model(parser, context, categoryReader, repeated));
                    case 10 -> builder.note(string(parser, context, repeated));
                    case 11 -> builder.lineItems(list(models(parser, context, lineItemsReader, lineItemsElements, repeated)));
                    case 12 -> builder.reconciliation((Reconciliation) model(parser, context, reconciliationReader, repeated));
                    case 13 -> builder.taxRate((TaxRate) model(parser, context, taxRateReader, repeated));
                    case 14 -> builder.document((ExpenseDocument) model(parser, context, documentReader, repeated));
                    case 15 -> builder.supplier((ExpenseSupplier) model(parser, context, supplierReader, repeated));
                    case 16 -> builder.externalLinks(list(models(parser, context, externalLinksReader, externalLinksElements, repeated)));
                    case 17 -> builder.perDiem((ExpensePerDiem) model(parser, context, perDiemReader, repeated));
                    case 18 -> builder.mileage((ExpenseMileage) model(parser, context, mileageReader, repeated));
                    case 19 -> builder.amortization((Amortization) model(parser, context, amortizationReader, repeated));
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
            case "createdAt" -> 1;
            case "createdBy" -> 2;
            case "settledAt" -> 3;
            case "reviewedAt" -> 4;
            case "type" -> 5;
            case "status" -> 6;
            case "isPaid" -> 7;
            case "title" -> 8;
            case "category" -> 9;
            case "note" -> 10;
            case "lineItems" -> 11;
            case "reconciliation" -> 12;
            case "taxRate" -> 13;
            case "document" -> 14;
            case "supplier" -> 15;
            case "externalLinks" -> 16;
            case "perDiem" -> 17;
            case "mileage" -> 18;
            case "amortization" -> 19;
            default -> -1;
        };
    }
}
