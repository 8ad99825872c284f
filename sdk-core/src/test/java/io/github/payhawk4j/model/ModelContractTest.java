package io.github.payhawk4j.model;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.payhawk4j.json.PayhawkJson;
import io.github.payhawk4j.model.customfield.CustomField;
import io.github.payhawk4j.model.customfield.CustomFieldValue;
import io.github.payhawk4j.model.customfield.CustomFieldValueManager;
import io.github.payhawk4j.model.deposit.Deposit;
import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.model.expense.ExpensePayment;
import io.github.payhawk4j.model.expense.ExpensePaymentDetails;
import io.github.payhawk4j.model.expense.ExpenseWorkflowStatus;
import io.github.payhawk4j.model.purchaseorder.GoodsReceivedNote;
import io.github.payhawk4j.model.masterdata.AccountCode;
import io.github.payhawk4j.model.masterdata.AmortizationRecord;
import io.github.payhawk4j.model.masterdata.ExternalTeam;
import io.github.payhawk4j.model.masterdata.TaxRate;
import io.github.payhawk4j.model.purchaseorder.PurchaseOrder;
import io.github.payhawk4j.model.supplier.Supplier;
import io.github.payhawk4j.model.team.Team;
import io.github.payhawk4j.model.team.TeamMember;
import io.github.payhawk4j.model.webhook.WebhookSubscription;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every JSON model promises, checked on every model class and on every model object in the fixtures:
 * an immutable final class (not a record, whose constructor and deconstruction change when a field is
 * added), built with a builder, copied with {@code toBuilder()}, compared by value, keeping the fields
 * this SDK version does not know, and written back as the JSON it was read from.
 */
class ModelContractTest {

    private static final ObjectMapper JSON = PayhawkJson.newObjectMapper();

    static Stream<Class<?>> modelClasses() throws IOException, URISyntaxException {
        Path root = Path.of(Expense.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> models = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("io/github/payhawk4j/model"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replace(".class", "");
                Class<?> type = loadClass(name);
                if (hasMethod(type, "additionalProperties")) {
                    models.add(type);
                }
            }
        }
        assertThat(models).hasSizeGreaterThanOrEqualTo(40);
        return models.stream();
    }

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("expense-full.json", JSON.constructType(Expense.class)),
                Arguments.of("expenses-page.json", page(Expense.class)),
                Arguments.of("expense-payments.json", page(ExpensePayment.class)),
                Arguments.of("expense-files.json", page(DocumentFile.class)),
                Arguments.of("expense-payment-details.json", JSON.constructType(ExpensePaymentDetails.class)),
                Arguments.of("expense-workflow.json", JSON.constructType(ExpenseWorkflowStatus.class)),
                Arguments.of("deposit.json", JSON.constructType(Deposit.class)),
                Arguments.of("purchase-order.json", JSON.constructType(PurchaseOrder.class)),
                Arguments.of("goods-received-notes-page.json", page(GoodsReceivedNote.class)),
                Arguments.of("supplier.json", JSON.constructType(Supplier.class)),
                Arguments.of("suppliers-page.json", page(Supplier.class)),
                Arguments.of("team.json", JSON.constructType(Team.class)),
                Arguments.of("teams-page.json", page(Team.class)),
                Arguments.of("team-member.json", JSON.constructType(TeamMember.class)),
                Arguments.of("team-members-page.json", page(TeamMember.class)),
                Arguments.of("webhook-subscription.json", JSON.constructType(WebhookSubscription.class)),
                Arguments.of("webhook-subscriptions-page.json", page(WebhookSubscription.class)),
                Arguments.of("error.json", JSON.constructType(ApiError.class)),
                Arguments.of("custom-field.json", JSON.constructType(CustomField.class)),
                Arguments.of("custom-fields-page.json", page(CustomField.class)),
                Arguments.of("custom-field-value.json", JSON.constructType(CustomFieldValue.class)),
                Arguments.of("custom-field-values-page.json", page(CustomFieldValue.class)),
                Arguments.of("custom-field-value-managers-page.json", page(CustomFieldValueManager.class)),
                Arguments.of("account-codes-page.json", page(AccountCode.class)),
                Arguments.of("tax-rates-page.json", page(TaxRate.class)),
                Arguments.of("amortizations-page.json", page(AmortizationRecord.class)),
                Arguments.of("external-teams-page.json", page(ExternalTeam.class)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modelClasses")
    void isAFinalClassWithoutPublicConstructorsBuiltWithABuilder(Class<?> model) throws Exception {
        assertThat(model.isRecord()).as("a record's constructor and deconstruction break when a field is added").isFalse();
        assertThat(Modifier.isFinal(model.getModifiers())).isTrue();
        assertThat(model.getConstructors()).isEmpty();
        assertThat(model.getFields()).isEmpty();
        Method builder = model.getMethod("builder");
        assertThat(Modifier.isStatic(builder.getModifiers())).isTrue();
        assertThat(model.getMethod("toBuilder").getReturnType()).isEqualTo(builder.getReturnType());
        assertThat(builder.getReturnType().getConstructors()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modelClasses")
    void additionalPropertiesOfABuiltModelAreImmutableAndCompared(Class<?> model) throws Exception {
        Object plain = build(requiredFieldsSet(model, model.getMethod("builder").invoke(null)));
        Object builder = requiredFieldsSet(model, model.getMethod("builder").invoke(null));
        builder.getClass().getMethod("putAdditionalProperty", String.class, JsonNode.class)
                .invoke(builder, "addedLater", TextNode.valueOf("kept"));
        Object withExtra = build(builder);

        @SuppressWarnings("unchecked")
        Map<String, JsonNode> extra = (Map<String, JsonNode>) model.getMethod("additionalProperties").invoke(withExtra);
        assertThat(extra).containsExactly(Map.entry("addedLater", TextNode.valueOf("kept")));
        assertThatThrownBy(() -> extra.clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(withExtra).isNotEqualTo(plain).isEqualTo(roundTrip(withExtra));
        assertThat(withExtra.toString()).startsWith(model.getSimpleName() + "{").contains("addedLater");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyModelInAFixtureCopiesComparesAndWritesBackTheJsonItWasReadFrom(String fixture, JavaType type) throws Exception {
        ObjectNode body = (ObjectNode) ModelFixture.exactTree(JSON, ModelFixture.text(fixture));
        body.put("fieldAddedByPayhawkLater", "kept");
        Object read = JSON.readerFor(type).readValue(body);

        List<Object> models = reachableModels(read);
        assertThat(models).isNotEmpty();
        for (Object model : models) {
            Object built = build(model.getClass().getMethod("toBuilder").invoke(model));
            assertThat(built).isEqualTo(model).hasSameHashCodeAs(model).isNotSameAs(model);
            assertThat(model.toString()).startsWith(model.getClass().getSimpleName() + "{");
            assertThat(model).isNotEqualTo(null).isNotEqualTo(new Object());
        }
        assertThat(JSON.readerFor(type).<Object>readValue(JSON.writeValueAsBytes(read))).isEqualTo(read);
        JsonNode written = ModelFixture.exactTree(JSON, JSON.writeValueAsString(read));
        assertThat(written.get("fieldAddedByPayhawkLater")).isEqualTo(TextNode.valueOf("kept"));
    }

    /** The builder with what the model requires set, for the request bodies that require fields. */
    private static Object requiredFieldsSet(Class<?> model, Object builder) throws Exception {
        switch (model.getSimpleName()) {
            case "ExpenseBankPaymentDetails" -> builder.getClass().getMethod("date", java.time.Instant.class)
                    .invoke(builder, java.time.Instant.parse("2026-01-02T03:04:05Z"));
            case "NewWebhookSubscription" -> {
                builder.getClass().getMethod("eventType", io.github.payhawk4j.model.webhook.EventType.class)
                        .invoke(builder, io.github.payhawk4j.model.webhook.EventType.EXPENSE_CREATED);
                builder.getClass().getMethod("callbackUrl", String.class).invoke(builder, "https://erp.example/hooks");
            }
            case "NewTeamMember" -> {
                builder.getClass().getMethod("memberId", String.class).invoke(builder, "usr_2b91");
                builder.getClass().getMethod("roles", List.class).invoke(builder,
                        List.of(io.github.payhawk4j.model.team.TeamMemberRole.EMPLOYEE));
            }
            case "TeamMemberPatch" -> builder.getClass().getMethod("roles", List.class).invoke(builder,
                    List.of(io.github.payhawk4j.model.team.TeamMemberRole.MANAGER));
            case "NewCard" -> {
                builder.getClass().getMethod("userId", String.class).invoke(builder, "usr_ana");
                builder.getClass().getMethod("fundAccountId", String.class).invoke(builder, "1001");
                builder.getClass().getMethod("limit", java.math.BigDecimal.class).invoke(builder, new java.math.BigDecimal("500.00"));
                builder.getClass().getMethod("isPhysical", Boolean.class).invoke(builder, Boolean.FALSE);
                builder.getClass().getMethod("isAtmAllowed", Boolean.class).invoke(builder, Boolean.FALSE);
            }
            case "CardStatusUpdate" -> builder.getClass().getMethod("status", io.github.payhawk4j.model.card.RequestedCardStatus.class)
                    .invoke(builder, io.github.payhawk4j.model.card.RequestedCardStatus.BLOCKED);
            case "NewInvoiceItem" -> {
                builder.getClass().getMethod("description", String.class).invoke(builder, "Diesel");
                for (String amount : List.of("taxPercentage", "taxAmount", "totalAmount")) {
                    builder.getClass().getMethod(amount, java.math.BigDecimal.class).invoke(builder, new java.math.BigDecimal("20.00"));
                }
            }
            case "NewAccountUser" -> {
                builder.getClass().getMethod("email", String.class).invoke(builder, "ana@acme.com");
                builder.getClass().getMethod("role", io.github.payhawk4j.model.user.AccountUserRole.class)
                        .invoke(builder, io.github.payhawk4j.model.user.AccountUserRole.ADMIN);
            }
            case "NewSupplier" -> builder.getClass().getMethod("name", String.class).invoke(builder, "Nordlicht Logistik GmbH");
            case "NewPurchaseOrder" -> {
                builder.getClass().getMethod("note", String.class).invoke(builder, "Pallets");
                builder.getClass().getMethod("createdBy", ObjectReference.class)
                        .invoke(builder, ObjectReference.builder().id("usr_1").build());
            }
            case "NewPurchaseOrderItem" -> {
                builder.getClass().getMethod("description", String.class).invoke(builder, "Pallet");
                builder.getClass().getMethod("purchasedQuantity", java.math.BigDecimal.class).invoke(builder, java.math.BigDecimal.ONE);
                builder.getClass().getMethod("unitPrice", java.math.BigDecimal.class).invoke(builder, new java.math.BigDecimal("9.90"));
            }
            case "NewGoodsReceivedNote" -> {
                builder.getClass().getMethod("note", String.class).invoke(builder, "Delivered");
                builder.getClass().getMethod("quantities", List.class).invoke(builder, List.of());
            }
            case "NewCustomField", "NewCustomFieldValue", "NewAmortizationRecord" ->
                    builder.getClass().getMethod("label", String.class).invoke(builder, "Cost centre");
            case "NewAccountCode" -> {
                builder.getClass().getMethod("name", String.class).invoke(builder, "Travel");
                builder.getClass().getMethod("code", String.class).invoke(builder, "6100");
            }
            case "NewTaxRate" -> {
                builder.getClass().getMethod("name", String.class).invoke(builder, "Standard");
                builder.getClass().getMethod("code", String.class).invoke(builder, "VAT20");
                builder.getClass().getMethod("rate", java.math.BigDecimal.class).invoke(builder, new java.math.BigDecimal("20.00"));
            }
            case "NewExternalTeam" -> {
                builder.getClass().getMethod("label", String.class).invoke(builder, "Logistics");
                builder.getClass().getMethod("externalId", String.class).invoke(builder, "DEPT-10");
            }
            default -> {
            }
        }
        return builder;
    }

    private static Object build(Object builder) throws Exception {
        return builder.getClass().getMethod("build").invoke(builder);
    }

    private static Object roundTrip(Object model) throws IOException {
        return JSON.readValue(JSON.writeValueAsBytes(model), model.getClass());
    }

    /** {@code root} and every model object reachable from it through accessors and lists. */
    private static List<Object> reachableModels(Object root) throws Exception {
        List<Object> found = new ArrayList<>();
        walk(root, found, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
        return found;
    }

    private static void walk(Object value, List<Object> found, Set<Object> seen) throws Exception {
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof Collection<?> collection) {
            for (Object item : collection) {
                walk(item, found, seen);
            }
            return;
        }
        if (!value.getClass().getPackageName().startsWith("io.github.payhawk4j.model") || !hasMethod(value.getClass(), "toBuilder")) {
            return;
        }
        found.add(value);
        for (Method accessor : value.getClass().getDeclaredMethods()) {
            if (Modifier.isPublic(accessor.getModifiers()) && !Modifier.isStatic(accessor.getModifiers())
                    && accessor.getParameterCount() == 0 && !accessor.getName().equals("toBuilder")) {
                walk(accessor.invoke(value), found, seen);
            }
        }
    }

    private static JavaType page(Class<?> item) {
        return JSON.getTypeFactory().constructParametricType(Page.class, item);
    }

    private static boolean hasMethod(Class<?> type, String name) {
        return Stream.of(type.getMethods()).anyMatch(m -> m.getName().equals(name) && m.getParameterCount() == 0);
    }

    private static Class<?> loadClass(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
