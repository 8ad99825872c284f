/**
 * Master-data sync: make Payhawk's account codes, tax rates, amortization records, external teams or the values
 * of a custom field equal to the ERP's list with the fewest calls. Start at {@link io.github.payhawk4j.sync.MasterDataSync}.
 */
package io.github.payhawk4j.sync;
