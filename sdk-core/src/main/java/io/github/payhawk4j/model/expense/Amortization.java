package io.github.payhawk4j.model.expense;

import java.time.Instant;

/**
 * The amortization period of an expense or purchase order item ({@code IAmortization}).
 *
 * @param label system label of the amortization
 * @param externalId external ID of the amortization
 * @param startDate the start date for an amortizable expense
 * @param endDate the end date of an amortizable expense
 */
public record Amortization(
        String label,
        String externalId,
        Instant startDate,
        Instant endDate) {
}
