package io.github.payhawk4j.sync;

import io.github.payhawk4j.model.customfield.CustomFieldValue;
import io.github.payhawk4j.model.customfield.CustomFieldValuePatch;
import io.github.payhawk4j.model.customfield.NewCustomFieldValue;
import io.github.payhawk4j.model.masterdata.AccountCode;
import io.github.payhawk4j.model.masterdata.AmortizationRecord;
import io.github.payhawk4j.model.masterdata.ExternalTeam;
import io.github.payhawk4j.model.masterdata.NewAccountCode;
import io.github.payhawk4j.model.masterdata.NewAmortizationRecord;
import io.github.payhawk4j.model.masterdata.NewExternalTeam;
import io.github.payhawk4j.model.masterdata.NewTaxRate;
import io.github.payhawk4j.model.masterdata.TaxRate;
import io.github.payhawk4j.service.AccountCodeService;
import io.github.payhawk4j.service.AmortizationService;
import io.github.payhawk4j.service.CustomFieldValueService;
import io.github.payhawk4j.service.ExternalTeamService;
import io.github.payhawk4j.service.TaxRateService;

import java.util.List;
import java.util.Objects;

/**
 * Makes one of Payhawk's master-data lists equal to the ERP's with the fewest changes: items are matched by their
 * key (an account code's or tax rate's {@code code}, a value's, record's or team's {@code externalId}), equal
 * ones are left alone, and only what differs is created, updated or deleted.
 * <pre>{@code
 * MasterDataSync<NewCustomFieldValue, CustomFieldValue> costCentres =
 *         MasterDataSync.customFieldValues(client.customFields().values(costCentreFieldId));
 * SyncPlan<NewCustomFieldValue, CustomFieldValue> plan = costCentres.plan(erpCostCentres); // dry run: only lists
 * costCentres.sync(erpCostCentres);                                                       // plans and applies
 * }</pre>
 *
 * <p>Custom field values are changed one call per change (POST, PATCH, DELETE); the lists Payhawk replaces as a
 * whole (account codes, tax rates, amortizations, external teams) get one {@code PUT} of the ERP's list, and none
 * when nothing differs. Payhawk's items without a key are not the ERP's: they are never updated or deleted.
 * Calls go through the service given, so through its client's rate limiter and retries: a {@code 429} is waited
 * out and retried, not thrown. A sync that fails part-way throws {@link SyncFailedException}; running it again
 * converges, since each run plans from what Payhawk holds at that moment (a value whose creation succeeded but
 * whose answer was lost is found by its external id, not created twice).
 *
 * <p>Immutable and thread-safe; two syncs of the same list should not run at once.
 *
 * @param <D> the type of the ERP's items, e.g. {@code NewCustomFieldValue}
 * @param <R> the type of Payhawk's items, e.g. {@code CustomFieldValue}
 */
public final class MasterDataSync<D, R> {

    private final SyncTarget<D, R> target;
    private final Matching<D, R> matching;

    private MasterDataSync(SyncTarget<D, R> target, Matching<D, R> matching) {
        this.target = target;
        this.matching = matching;
    }

    /**
     * The values of one custom field (cost centres, projects...), matched by {@code externalId} and compared by
     * {@code label}; one call per change.
     */
    public static MasterDataSync<NewCustomFieldValue, CustomFieldValue> customFieldValues(CustomFieldValueService values) {
        Objects.requireNonNull(values, "values");
        return new MasterDataSync<>(
                new ItemByItemTarget<>(values::list, values::create,
                        (current, desired) -> values.update(current.id(), CustomFieldValuePatch.builder().label(desired.label()).build()),
                        current -> values.delete(current.id())),
                new Matching<>(NewCustomFieldValue::externalId, CustomFieldValue::externalId,
                        (desired, current) -> Objects.equals(desired.label(), current.label())));
    }

    /** The chart of accounts, matched by {@code code} and compared by name and default tax code; one PUT. */
    public static MasterDataSync<NewAccountCode, AccountCode> accountCodes(AccountCodeService accountCodes) {
        Objects.requireNonNull(accountCodes, "accountCodes");
        return new MasterDataSync<>(
                new WholeListTarget<>(accountCodes::list, accountCodes::replace, current -> NewAccountCode.builder()
                        .name(current.name()).code(current.code()).defaultTaxCode(current.defaultTaxCode()).build()),
                new Matching<>(NewAccountCode::code, AccountCode::code, (desired, current) ->
                        Objects.equals(desired.name(), current.name())
                                && Objects.equals(desired.defaultTaxCode(), current.defaultTaxCode())));
    }

    /**
     * The tax rates, matched by {@code code} and compared by name and rate (numerically: {@code 20} equals
     * {@code 20.00}); one PUT.
     */
    public static MasterDataSync<NewTaxRate, TaxRate> taxRates(TaxRateService taxRates) {
        Objects.requireNonNull(taxRates, "taxRates");
        return new MasterDataSync<>(
                new WholeListTarget<>(taxRates::list, taxRates::replace, current -> NewTaxRate.builder()
                        .name(current.name()).code(current.code()).rate(current.rate()).build()),
                new Matching<>(NewTaxRate::code, TaxRate::code, (desired, current) ->
                        Objects.equals(desired.name(), current.name())
                                && current.rate() != null && desired.rate().compareTo(current.rate()) == 0));
    }

    /**
     * The amortization records, matched by {@code externalId} and compared by label; records without an external
     * id are kept as they are; one PUT.
     */
    public static MasterDataSync<NewAmortizationRecord, AmortizationRecord> amortizations(AmortizationService amortizations) {
        Objects.requireNonNull(amortizations, "amortizations");
        return new MasterDataSync<>(
                new WholeListTarget<>(amortizations::list, amortizations::replace, current -> NewAmortizationRecord.builder()
                        .label(current.label()).externalId(current.externalId()).build()),
                new Matching<>(NewAmortizationRecord::externalId, AmortizationRecord::externalId,
                        (desired, current) -> Objects.equals(desired.label(), current.label())));
    }

    /** The external teams, matched by {@code externalId} and compared by label; one PUT. */
    public static MasterDataSync<NewExternalTeam, ExternalTeam> externalTeams(ExternalTeamService externalTeams) {
        Objects.requireNonNull(externalTeams, "externalTeams");
        return new MasterDataSync<>(
                new WholeListTarget<>(externalTeams::list, externalTeams::replace, current -> NewExternalTeam.builder()
                        .label(current.label()).externalId(current.externalId()).build()),
                new Matching<>(NewExternalTeam::externalId, ExternalTeam::externalId,
                        (desired, current) -> Objects.equals(desired.label(), current.label())));
    }

    /**
     * The dry run: lists Payhawk's items and returns what {@link #sync} would change, sending nothing else.
     *
     * @throws IllegalArgumentException if an item of {@code desired} has no key, or two have the same key
     */
    public SyncPlan<D, R> plan(List<D> desired) {
        Objects.requireNonNull(desired, "desired");
        return matching.plan(desired, target.list());
    }

    /**
     * Plans ({@link #plan}) and applies the plan; returns the plan applied, empty when Payhawk already held the
     * ERP's list.
     *
     * @throws SyncFailedException if a change failed; the changes before it are applied, run the sync again
     */
    public SyncPlan<D, R> sync(List<D> desired) {
        return apply(plan(desired));
    }

    /**
     * Applies a plan made by {@link #plan}, e.g. after someone approved the dry run. Payhawk may have changed since
     * it was made; {@link #sync} plans afresh.
     *
     * @throws SyncFailedException if a change failed; the changes before it are applied, run the sync again
     */
    public SyncPlan<D, R> apply(SyncPlan<D, R> plan) {
        Objects.requireNonNull(plan, "plan");
        int[] applied = {0};
        try {
            target.apply(plan, applied);
        } catch (RuntimeException e) {
            throw new SyncFailedException(plan, applied[0], e);
        }
        return plan;
    }

    @Override
    public String toString() {
        return "MasterDataSync";
    }
}
