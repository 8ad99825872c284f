package io.github.payhawk4j.examples.erp;

import io.github.payhawk4j.model.customfield.NewCustomFieldValue;
import io.github.payhawk4j.model.masterdata.NewAccountCode;
import io.github.payhawk4j.model.masterdata.NewTaxRate;

import java.math.BigDecimal;
import java.util.List;

/**
 * The master data the ERP owns and Payhawk needs for coding expenses: the expense accounts of the chart of
 * accounts, the tax rates and the cost centres, already in the shape Payhawk's API takes.
 *
 * @param accountCodes the expense accounts, keyed by code
 * @param taxRates     the tax rates, keyed by code
 * @param costCentres  the cost centres, keyed by their ERP number as the external id
 */
public record ErpMasterData(List<NewAccountCode> accountCodes, List<NewTaxRate> taxRates,
                            List<NewCustomFieldValue> costCentres) {

    /** Copies the lists. */
    public ErpMasterData {
        accountCodes = List.copyOf(accountCodes);
        taxRates = List.copyOf(taxRates);
        costCentres = List.copyOf(costCentres);
    }

    /** The demo company's master data: the accounts its posting rules use, German VAT rates, three cost centres. */
    public static ErpMasterData demoCompany() {
        return new ErpMasterData(
                List.of(account("6100", "Travel", "VAT19"), account("6110", "Lodging", "VAT7"),
                        account("6200", "Meals and entertainment", "VAT19"), account("6400", "Software subscriptions", "VAT0"),
                        account("6500", "Training", "VAT19"), account("6999", "Uncategorised expenses", null)),
                List.of(taxRate("VAT19", "Standard rate", "19.00"), taxRate("VAT7", "Reduced rate", "7.00"),
                        taxRate("VAT0", "Zero rate / reverse charge", "0.00")),
                List.of(costCentre("CC-100", "Munich headquarters"), costCentre("CC-200", "Berlin sales office"),
                        costCentre("CC-300", "New York office")));
    }

    private static NewAccountCode account(String code, String name, String defaultTaxCode) {
        return NewAccountCode.builder().code(code).name(name).defaultTaxCode(defaultTaxCode).build();
    }

    private static NewTaxRate taxRate(String code, String name, String rate) {
        return NewTaxRate.builder().code(code).name(name).rate(new BigDecimal(rate)).build();
    }

    private static NewCustomFieldValue costCentre(String number, String name) {
        return NewCustomFieldValue.builder().externalId(number).label(name).build();
    }
}
