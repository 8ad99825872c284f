package io.github.payhawk4j.model.user;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/** The role of a user in an account ({@code IAccountUser.role}). Open: unknown values are kept, see {@link OpenEnum}. */
public final class AccountUserRole extends OpenEnum<AccountUserRole.Known> {

    public static final AccountUserRole ADMIN = new AccountUserRole("admin", Known.ADMIN);
    public static final AccountUserRole ACCOUNTING = new AccountUserRole("accounting", Known.ACCOUNTING);
    public static final AccountUserRole EMPLOYEE = new AccountUserRole("employee", Known.EMPLOYEE);

    private static final Map<String, AccountUserRole> KNOWN = index(ADMIN, ACCOUNTING, EMPLOYEE);

    private AccountUserRole(String value, Known known) {
        super(value, known, known != Known.UNKNOWN);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static AccountUserRole of(String value) {
        AccountUserRole known = KNOWN.get(value);
        return known != null ? known : new AccountUserRole(value, Known.UNKNOWN);
    }

    /**
     * The values of {@link AccountUserRole} this SDK version knows, as a Java enum to {@code switch} over
     * ({@link AccountUserRole#known()}); {@link #UNKNOWN} stands for any value Payhawk added later.
     */
    public enum Known {
        /** {@code "admin"}. */
        ADMIN,
        /** {@code "accounting"}. */
        ACCOUNTING,
        /** {@code "employee"}. */
        EMPLOYEE,
        /** A value this SDK version does not know; {@link AccountUserRole#value()} has it as sent. */
        UNKNOWN
    }
}
