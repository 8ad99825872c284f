package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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

    private transient JsonDeserializer<Object> createdAtReader;
    private transient JsonDeserializer<Object> createdByReader;
    private transient JsonDeserializer<Object> settledAtReader;
    private transient JsonDeserializer<Object> reviewedAtReader;
    private transient JsonDeserializer<Object> typeReader;
    private transient JsonDeserializer<Object> statusReader;
    private transient JsonDeserializer<Object> isPaidReader;
    private transient JsonDeserializer<Object> categoryReader;
    private transient JsonDeserializer<Object> lineItemsReader;
    private transient JsonDeserializer<Object> reconciliationReader;
    private transient JsonDeserializer<Object> taxRateReader;
    private transient JsonDeserializer<Object> documentReader;
    private transient JsonDeserializer<Object> supplierReader;
    private transient JsonDeserializer<Object> externalLinksReader;
    private transient JsonDeserializer<Object> perDiemReader;
    private transient JsonDeserializer<Object> mileageReader;
    private transient JsonDeserializer<Object> amortizationReader;

    ExpenseReader() {
        super(Expense.class);
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
        isPaidReader = find(context, types.constructType(boolean.class));
        categoryReader = find(context, types.constructType(ExpenseCategory.class));
        lineItemsReader = find(context, types.constructCollectionType(List.class, LineItem.class));
        reconciliationReader = find(context, types.constructType(Reconciliation.class));
        taxRateReader = find(context, types.constructType(TaxRate.class));
        documentReader = find(context, types.constructType(ExpenseDocument.class));
        supplierReader = find(context, types.constructType(ExpenseSupplier.class));
        externalLinksReader = find(context, types.constructCollectionType(List.class, ExternalLink.class));
        perDiemReader = find(context, types.constructType(ExpensePerDiem.class));
        mileageReader = find(context, types.constructType(ExpenseMileage.class));
        amortizationReader = find(context, types.constructType(Amortization.class));
    }

    @Override
    protected Expense read(String firstField, JsonParser parser, DeserializationContext context) throws IOException {
        Expense.Builder builder = Expense.builder();
        for (String name = firstField; name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            try {
                switch (name) {
                    case "id" -> builder.id(string(parser, context));
                    case "createdAt" -> builder.createdAt((Instant) value(parser, context, createdAtReader));
                    case "createdBy" -> builder.createdBy((Actor) value(parser, context, createdByReader));
                    case "settledAt" -> builder.settledAt((Instant) value(parser, context, settledAtReader));
                    case "reviewedAt" -> builder.reviewedAt((Instant) value(parser, context, reviewedAtReader));
                    case "type" -> builder.type(parser.hasToken(JsonToken.VALUE_STRING) ? ExpenseType.of(parser.getText())
                            : (ExpenseType) value(parser, context, typeReader));
                    case "status" -> builder.status(parser.hasToken(JsonToken.VALUE_STRING) ? ExpenseStatus.of(parser.getText())
                            : (ExpenseStatus) value(parser, context, statusReader));
                    case "isPaid" -> builder.isPaid((Boolean) value(parser, context, isPaidReader));
                    case "title" -> builder.title(string(parser, context));
                    case "category" -> builder.category((ExpenseCategory) value(parser, context, categoryReader));
                    case "note" -> builder.note(string(parser, context));
                    case "lineItems" -> builder.lineItems(list(value(parser, context, lineItemsReader)));
                    case "reconciliation" -> builder.reconciliation((Reconciliation) value(parser, context, reconciliationReader));
                    case "taxRate" -> builder.taxRate((TaxRate) value(parser, context, taxRateReader));
                    case "document" -> builder.document((ExpenseDocument) value(parser, context, documentReader));
                    case "supplier" -> builder.supplier((ExpenseSupplier) value(parser, context, supplierReader));
                    case "externalLinks" -> builder.externalLinks(list(value(parser, context, externalLinksReader)));
                    case "perDiem" -> builder.perDiem((ExpensePerDiem) value(parser, context, perDiemReader));
                    case "mileage" -> builder.mileage((ExpenseMileage) value(parser, context, mileageReader));
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
