package io.github.payhawk4j.sandbox;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.InvalidRequestException;
import io.github.payhawk4j.model.customfield.CustomFieldValue;
import io.github.payhawk4j.model.customfield.NewCustomFieldValue;
import io.github.payhawk4j.model.masterdata.AmortizationRecord;
import io.github.payhawk4j.model.masterdata.NewAmortizationRecord;
import io.github.payhawk4j.model.masterdata.NewTaxRate;
import io.github.payhawk4j.model.masterdata.TaxRate;
import io.github.payhawk4j.sync.MasterDataSync;
import io.github.payhawk4j.sync.SyncFailedException;
import io.github.payhawk4j.sync.SyncPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * MasterDataSync against the sandbox, which enforces Payhawk's 15 requests per second: the smallest plan, a dry run
 * that changes nothing, an apply no 429 escapes from, a second run that plans nothing, and a re-run after a failure
 * that converges.
 */
class MasterDataSyncAgainstSandboxTest {

    private final AttemptLog attempts = new AttemptLog();
    private PayhawkSandbox sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private PayhawkClient clientOf(PayhawkSandbox started) {
        return PayhawkClient.builder().apiKey(started.apiKey()).accountId(started.accountId()).baseUrl(started.baseUrl())
                .listener(attempts).build();
    }

    private static String costCentre(int number) {
        return "CC-%04d".formatted(number);
    }

    @Test
    void fiveThousandCostCentresAgainst4925PlanAndApplyExactly175ChangesAndThenNothing() {
        sandbox = PayhawkSandbox.builder().signer(TestSigner.SHARED).start();   // Payhawk's limit: 15 per second
        String field = sandbox.account().addCustomField("Cost centre", "DIM1");
        for (int i = 1; i <= 4900; i++) {
            boolean renamedInTheErp = i % 98 == 0;   // 50 of them
            sandbox.account().addCustomFieldValue(field, renamedInTheErp ? "Old name " + i : "Cost centre " + i, costCentre(i));
        }
        for (int i = 1; i <= 25; i++) {
            sandbox.account().addCustomFieldValue(field, "Closed cost centre " + i, "GONE-" + i);
        }
        List<NewCustomFieldValue> erp = IntStream.rangeClosed(1, 5000)
                .mapToObj(i -> NewCustomFieldValue.builder().label("Cost centre " + i).externalId(costCentre(i)).build())
                .toList();
        PayhawkClient client = clientOf(sandbox);
        MasterDataSync<NewCustomFieldValue, CustomFieldValue> costCentres =
                MasterDataSync.customFieldValues(client.customFields().values(field));

        SyncPlan<NewCustomFieldValue, CustomFieldValue> dryRun = costCentres.plan(erp);

        assertThat(dryRun.creates()).hasSize(100).extracting(NewCustomFieldValue::externalId)
                .containsExactlyElementsOf(IntStream.rangeClosed(4901, 5000).mapToObj(MasterDataSyncAgainstSandboxTest::costCentre).toList());
        assertThat(dryRun.updates()).hasSize(50).allSatisfy(update -> {
            assertThat(update.current().label()).startsWith("Old name ");
            assertThat(update.current().externalId()).isEqualTo(update.desired().externalId());
        });
        assertThat(dryRun.deletes()).hasSize(25).extracting(CustomFieldValue::externalId).allMatch(id -> id.startsWith("GONE-"));
        assertThat(dryRun.unchanged()).isEqualTo(4850);
        assertThat(attempts.count("GET")).as("a dry run only lists").isEqualTo(1);
        assertThat(attempts.count("POST") + attempts.count("PATCH") + attempts.count("DELETE")).isZero();

        long started = System.nanoTime();
        SyncPlan<NewCustomFieldValue, CustomFieldValue> applied = costCentres.sync(erp);   // throws if a 429 escaped
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(applied.creates()).hasSize(100);
        assertThat(applied.updates()).hasSize(50);
        assertThat(applied.deletes()).hasSize(25);
        assertThat(attempts.count("POST")).isGreaterThanOrEqualTo(100);
        assertThat(attempts.count("PATCH")).isGreaterThanOrEqualTo(50);
        assertThat(attempts.count("DELETE")).isGreaterThanOrEqualTo(25);
        assertThat(attempts.everyThrottledAttemptWasRetried()).isTrue();
        assertThat(costCentres.plan(erp).isEmpty()).as("a second run plans nothing").isTrue();
        Map<String, String> labels = client.customFields().values(field).list().stream()
                .collect(Collectors.toMap(CustomFieldValue::externalId, CustomFieldValue::label));
        assertThat(labels).hasSize(5000).containsEntry("CC-0098", "Cost centre 98").containsEntry("CC-5000", "Cost centre 5000")
                .doesNotContainKey("GONE-1");
        System.out.printf("5,000 cost centres: 175 changes applied in %d ms, %d 429s retried inside the client%n",
                took.toMillis(), attempts.throttled());
    }

    @Test
    void a429FromPayhawkIsWaitedOutAndRetriedNeverThrown() {
        // A client allowed 15 per second against a sandbox allowing 4 per 2 seconds: the fifth of the ten calls
        // is refused unless four calls took 2 s, and Payhawk's 429s are what keeps the client in line.
        sandbox = PayhawkSandbox.builder().signer(TestSigner.SHARED).rateLimit(4, Duration.ofSeconds(2)).start();
        String field = sandbox.account().addCustomField("Project", null);
        PayhawkClient client = clientOf(sandbox);
        List<NewCustomFieldValue> erp = IntStream.rangeClosed(1, 8)
                .mapToObj(i -> NewCustomFieldValue.builder().label("Project " + i).externalId("P-" + i).build()).toList();

        SyncPlan<NewCustomFieldValue, CustomFieldValue> applied = MasterDataSync.customFieldValues(client.customFields().values(field)).sync(erp);

        assertThat(applied.creates()).hasSize(8);
        assertThat(attempts.throttled()).as("the sandbox refused some attempts").isPositive();
        assertThat(attempts.everyThrottledAttemptWasRetried()).isTrue();
        assertThat(client.customFields().values(field).list()).hasSize(8);
    }

    @Test
    void aSyncThatFailedPartWayConvergesWhenRunAgain() {
        sandbox = TestSigner.quickSandbox().start();
        String field = sandbox.account().addCustomField("Cost centre", null);
        sandbox.account().addCustomFieldValue(field, "Closed", "GONE-1");
        PayhawkClient client = clientOf(sandbox);
        MasterDataSync<NewCustomFieldValue, CustomFieldValue> sync = MasterDataSync.customFieldValues(client.customFields().values(field));
        List<NewCustomFieldValue> erp = new ArrayList<>(IntStream.rangeClosed(1, 30)
                .mapToObj(i -> NewCustomFieldValue.builder().label("Cost centre " + i).externalId(costCentre(i)).build()).toList());
        erp.set(19, NewCustomFieldValue.builder().label("").externalId(costCentre(20)).build());   // Payhawk refuses: 400

        assertThatThrownBy(() -> sync.sync(erp)).isInstanceOf(SyncFailedException.class)
                .hasCauseInstanceOf(InvalidRequestException.class)
                .satisfies(failure -> assertThat(((SyncFailedException) failure).appliedChanges()).isEqualTo(19))
                .hasMessageContaining("Run it again");
        assertThat(client.customFields().values(field).list()).hasSize(20).extracting(CustomFieldValue::externalId)
                .as("the delete comes last, so nothing is removed before what replaces it exists").contains("GONE-1");

        erp.set(19, NewCustomFieldValue.builder().label("Cost centre 20").externalId(costCentre(20)).build());
        SyncPlan<NewCustomFieldValue, CustomFieldValue> rest = sync.sync(erp);

        assertThat(rest.creates()).as("what the failed run created is not created again").hasSize(11);
        assertThat(rest.deletes()).hasSize(1);
        assertThat(rest.unchanged()).isEqualTo(19);
        assertThat(sync.plan(erp).isEmpty()).isTrue();
    }

    @Test
    void wholeListsAreAppliedAsOnePutAndNotSentWhenNothingDiffers() {
        sandbox = TestSigner.quickSandbox().start();
        PayhawkClient client = clientOf(sandbox);
        client.taxRates().replace(List.of(
                NewTaxRate.builder().name("Standard").code("VAT20").rate(new BigDecimal("20.00")).build(),
                NewTaxRate.builder().name("Reduced").code("VAT9").rate(new BigDecimal("9")).build(),
                NewTaxRate.builder().name("Old").code("OLD").rate(new BigDecimal("7")).build()));
        List<NewTaxRate> erp = List.of(
                NewTaxRate.builder().name("Standard").code("VAT20").rate(new BigDecimal("20")).build(),
                NewTaxRate.builder().name("Reduced rate").code("VAT9").rate(new BigDecimal("9.00")).build(),
                NewTaxRate.builder().name("Zero").code("VAT0").rate(BigDecimal.ZERO).build());
        MasterDataSync<NewTaxRate, TaxRate> taxRates = MasterDataSync.taxRates(client.taxRates());
        attempts.clear();

        SyncPlan<NewTaxRate, TaxRate> plan = taxRates.sync(erp);

        assertThat(plan.creates()).extracting(NewTaxRate::code).containsExactly("VAT0");
        assertThat(plan.updates()).extracting(update -> update.desired().code()).containsExactly("VAT9");
        assertThat(plan.deletes()).extracting(TaxRate::code).containsExactly("OLD");
        assertThat(plan.unchanged()).as("20 equals 20.00").isEqualTo(1);
        assertThat(attempts.count("PUT")).isEqualTo(1);
        assertThat(client.taxRates().list()).extracting(TaxRate::code, TaxRate::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("VAT20", "Standard"),
                        org.assertj.core.groups.Tuple.tuple("VAT9", "Reduced rate"), org.assertj.core.groups.Tuple.tuple("VAT0", "Zero"));

        attempts.clear();
        assertThat(taxRates.sync(erp).isEmpty()).isTrue();
        assertThat(attempts.count("PUT")).as("an empty plan sends nothing").isZero();
    }

    @Test
    void recordsPayhawkHasWithoutAnExternalIdAreKeptByTheWholeListPut() {
        sandbox = TestSigner.quickSandbox().start();
        PayhawkClient client = clientOf(sandbox);
        client.amortizations().replace(List.of(
                NewAmortizationRecord.builder().label("Made in Payhawk").build(),
                NewAmortizationRecord.builder().label("Insurance").externalId("PRE-1").build()));

        MasterDataSync.amortizations(client.amortizations()).sync(List.of(
                NewAmortizationRecord.builder().label("Rent 2027").externalId("PRE-2").build()));

        assertThat(client.amortizations().list()).extracting(AmortizationRecord::label)
                .containsExactlyInAnyOrder("Rent 2027", "Made in Payhawk");
    }
}
