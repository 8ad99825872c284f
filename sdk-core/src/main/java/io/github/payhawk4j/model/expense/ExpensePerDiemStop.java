package io.github.payhawk4j.model.expense;

import java.time.Instant;

/**
 * A place a per diem trip stopped at ({@code IExpensePerDiemStop}).
 *
 * @param address address of the stop
 * @param date first date in the given location
 * @param timezone timezone of the given city
 * @param countryCode country code
 * @param city name of the city
 */
public record ExpensePerDiemStop(
        String address,
        Instant date,
        String timezone,
        String countryCode,
        String city) {
}
