package io.github.payhawk4j.sandbox;

import java.math.BigDecimal;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One of the lists Payhawk replaces as a whole with {@code PUT}: its path, the fields an item may have and which
 * are required ({@code check}), the field that identifies an item (unique in the list), and what Payhawk adds to a
 * stored item (an {@code id}, a {@code createdAt}).
 *
 * @param path      e.g. {@code account-codes}
 * @param what      the item, as error messages name it
 * @param allowed   the fields an item may have
 * @param key       the field unique in the list, or null
 * @param idPrefix  the prefix of the ids Payhawk gives items, or null if items have no id
 * @param createdAt whether stored items carry {@code createdAt}
 * @param check     checks an item's fields (400 on a bad one)
 */
record MasterDataList(String path, String what, Set<String> allowed, String key, String idPrefix, boolean createdAt,
                      Consumer<RequestFields> check) {

    static final MasterDataList ACCOUNT_CODES = new MasterDataList("account-codes", "account code",
            Set.of("name", "code", "defaultTaxCode"), "code", null, false, fields -> {
                fields.requiredText("name");
                fields.requiredText("code");
                fields.optionalText("defaultTaxCode");
            });

    static final MasterDataList TAX_RATES = new MasterDataList("tax-rates", "tax rate",
            Set.of("name", "code", "rate"), "code", "tax_", false, fields -> {
                fields.requiredText("name");
                fields.requiredText("code");
                fields.requiredNumber("rate", BigDecimal.valueOf(-100), BigDecimal.valueOf(100));
            });

    static final MasterDataList AMORTIZATIONS = new MasterDataList("amortizations", "amortization record",
            Set.of("label", "externalId"), "externalId", "amr_", false, fields -> {
                fields.requiredText("label");
                if (fields.has("externalId")) {
                    fields.requiredText("externalId");
                }
            });

    static final MasterDataList EXTERNAL_TEAMS = new MasterDataList("external-teams", "external team",
            Set.of("label", "externalId"), "externalId", "ext_team_", true, fields -> {
                fields.requiredText("label");
                fields.requiredText("externalId");
            });

    static final Set<MasterDataList> ALL = Set.of(ACCOUNT_CODES, TAX_RATES, AMORTIZATIONS, EXTERNAL_TEAMS);
}
