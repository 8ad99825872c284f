package io.github.payhawk4j.model.expense;

/**
 * The coordinates of a mileage route stop ({@code IExpenseMileageStopCoordinates}). The API sends them as
 * strings; they are kept as sent.
 *
 * @param latitude the latitude of the given route stop
 * @param longitude the longitude of the given route stop
 */
public record ExpenseMileageStopCoordinates(
        String latitude,
        String longitude) {
}
