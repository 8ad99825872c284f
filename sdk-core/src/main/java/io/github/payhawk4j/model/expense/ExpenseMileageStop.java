package io.github.payhawk4j.model.expense;

/**
 * A stop on the route of a mileage expense ({@code IExpenseMileageStop}).
 *
 * @param label the label for the given route stop
 * @param coordinates where the stop is
 */
public record ExpenseMileageStop(
        String label,
        ExpenseMileageStopCoordinates coordinates) {
}
