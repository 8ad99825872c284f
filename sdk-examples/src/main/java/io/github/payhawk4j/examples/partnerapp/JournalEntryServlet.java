package io.github.payhawk4j.examples.partnerapp;

import io.github.payhawk4j.examples.erp.ErpLedger;
import io.github.payhawk4j.examples.erp.JournalEntry;
import io.github.payhawk4j.examples.erp.JournalLine;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.Optional;

/** Shows a journal entry as plain text at {@code /erp/journal/{documentNumber}}: the page the Payhawk link opens. */
final class JournalEntryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient ErpLedger ledger;

    JournalEntryServlet(ErpLedger ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String documentNumber = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<JournalEntry> found = ledger.journal().entries().stream()
                .filter(entry -> entry.documentNumber().equals(documentNumber))
                .findFirst();
        response.setContentType("text/plain; charset=utf-8");
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.getWriter().println("No journal entry " + documentNumber);
            return;
        }
        JournalEntry entry = found.get();
        PrintWriter out = response.getWriter();
        out.printf("%s  %s  (Payhawk expense %s, posted %s)%n", entry.documentNumber(), entry.description(),
                entry.expenseId(), entry.postedAt());
        for (JournalLine line : entry.lines()) {
            out.printf("  %-6s %-32s %12s %12s  %s %s%n", line.accountCode(), line.description(),
                    line.debit().toPlainString(), line.credit().toPlainString(), line.amount().toPlainString(),
                    line.currency());
        }
        out.printf("  %-39s %12s %12s  %s%n", "total", entry.totalDebit().toPlainString(),
                entry.totalCredit().toPlainString(), entry.baseCurrency());
    }
}
