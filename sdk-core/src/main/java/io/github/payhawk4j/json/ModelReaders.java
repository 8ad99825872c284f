package io.github.payhawk4j.json;

import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;

/**
 * The models read by a {@link ModelReader} instead of Jackson's builder path: those an expense is made of, read
 * by every expense get, list and page walk. Jackson asks its annotation introspectors for a model's deserializer
 * before it looks at the model's builder, so this answers there, as a {@code @JsonDeserialize(using = ...)} on
 * the model would, without changing the models. A reader is created (and its class loaded) when Jackson first
 * needs its model, so a client that never reads an expense loads none of them. Other models keep the builder path;
 * adding one to the list in {@code sdk-core/tools/generate_model_readers.py} and running it gives it the fast path.
 * Written by that script.
 */
final class ModelReaders extends NopAnnotationIntrospector {

    private static final long serialVersionUID = 1L;

    @Override
    public Object findDeserializer(Annotated annotated) {
        return annotated instanceof AnnotatedClass ? readerOf(annotated.getRawType()) : null;
    }

    /**
     * A new reader of {@code model}, or null if Jackson's builder path reads it. Readers also find their fields'
     * readers here ({@link ModelReader#find}), without Jackson introspecting the models.
     */
    static ModelReader<?> readerOf(Class<?> model) {
        return switch (model.getName()) {
            case "io.github.payhawk4j.model.expense.Expense" -> new ExpenseReader();
            case "io.github.payhawk4j.model.Actor" -> new ActorReader();
            case "io.github.payhawk4j.model.expense.ExpenseCategory" -> new ExpenseCategoryReader();
            case "io.github.payhawk4j.model.expense.LineItem" -> new LineItemReader();
            case "io.github.payhawk4j.model.expense.Reconciliation" -> new ReconciliationReader();
            case "io.github.payhawk4j.model.CustomFieldData" -> new CustomFieldDataReader();
            case "io.github.payhawk4j.model.CustomFieldDataValue" -> new CustomFieldDataValueReader();
            case "io.github.payhawk4j.model.expense.TaxRate" -> new TaxRateReader();
            case "io.github.payhawk4j.model.expense.ExpenseDocument" -> new ExpenseDocumentReader();
            case "io.github.payhawk4j.model.DocumentFile" -> new DocumentFileReader();
            case "io.github.payhawk4j.model.expense.ExpenseSupplier" -> new ExpenseSupplierReader();
            case "io.github.payhawk4j.model.supplier.SupplierBankAccount" -> new SupplierBankAccountReader();
            case "io.github.payhawk4j.model.supplier.SupplierCustomFieldData" -> new SupplierCustomFieldDataReader();
            case "io.github.payhawk4j.model.ExternalLink" -> new ExternalLinkReader();
            case "io.github.payhawk4j.model.expense.ExpensePerDiem" -> new ExpensePerDiemReader();
            case "io.github.payhawk4j.model.expense.ExpensePerDiemStop" -> new ExpensePerDiemStopReader();
            case "io.github.payhawk4j.model.expense.ExpensePerDiemDay" -> new ExpensePerDiemDayReader();
            case "io.github.payhawk4j.model.expense.ExpensePerDiemAppliedRule" -> new ExpensePerDiemAppliedRuleReader();
            case "io.github.payhawk4j.model.expense.ExpenseMileage" -> new ExpenseMileageReader();
            case "io.github.payhawk4j.model.expense.ExpenseMileageStop" -> new ExpenseMileageStopReader();
            case "io.github.payhawk4j.model.expense.ExpenseMileageStopCoordinates" -> new ExpenseMileageStopCoordinatesReader();
            case "io.github.payhawk4j.model.expense.ExpenseMileageRate" -> new ExpenseMileageRateReader();
            case "io.github.payhawk4j.model.expense.Amortization" -> new AmortizationReader();
            default -> null;
        };
    }
}
