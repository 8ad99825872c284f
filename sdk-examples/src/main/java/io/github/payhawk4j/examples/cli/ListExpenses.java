package io.github.payhawk4j.examples.cli;

import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.model.expense.Reconciliation;
import io.github.payhawk4j.query.ExpenseFilter;
import io.github.payhawk4j.query.ExpenseFilterStatus;
import io.github.payhawk4j.query.ExpenseOrder;
import io.github.payhawk4j.query.ExpenseQuery;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Lists the expenses of an account as a table, oldest first, filtered from the command line, paging
 * through the API with {@code client.expenses().listAll(...)}; ends with the count and the total in base
 * currency. Run {@code ListExpenses --help} for the options, or see docs/examples.md.
 */
public final class ListExpenses {

    static final String USAGE = """
            Usage: ListExpenses [options]
            Lists expenses, oldest first, as a table with the total in base currency.

            Options:
              --status ready|draft|archived   only expenses with this status
              --from 2026-01-01               created on or after this date (UTC)
              --to 2026-01-31                 created on or before this date (UTC)
              --supplier TEXT                 supplier name contains TEXT
              --type card                     expense type: card, bank, cash, reimbursable, mileage, perDiem, ...
              --limit N                       print at most N expenses
              --sandbox                       run against a local sandbox with demo data
              --help                          show this help

            """ + PayhawkConnection.SETTINGS_HELP + """

            Run from the repository root:
              ./mvnw -q -Pdemo package -DskipTests -Ddemo.main=io.github.payhawk4j.examples.cli.ListExpenses \\
                  -Ddemo.args="--sandbox --status ready"
            """;

    private static final int TITLE_WIDTH = 32;
    private static final Set<String> STATUSES = Set.of("ready", "draft", "archived");

    private ListExpenses() {
    }

    /** What the command line asks for. */
    private record Request(boolean sandbox, ExpenseQuery query, Optional<Integer> limit) {
    }

    private static final CommandLineProgram<Request> PROGRAM = new CommandLineProgram<>("ListExpenses", USAGE,
            Set.of("--sandbox"), Set.of("--status", "--from", "--to", "--supplier", "--type", "--limit"),
            ListExpenses::request, ListExpenses::list);

    /** Runs the program with the process's environment and exits with its status. */
    public static void main(String[] args) {
        PROGRAM.main(args);
    }

    /** Runs the program with {@code environment} as its connection settings; returns the exit status. */
    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        return PROGRAM.run(args, environment, out, err);
    }

    private static Request request(CommandLine commandLine) throws UsageException {
        if (!commandLine.positionals().isEmpty()) {
            throw new UsageException("unexpected argument '" + commandLine.positionals().get(0) + "'");
        }
        Optional<Integer> limit = commandLine.integer("--limit", 1, Integer.MAX_VALUE);
        return new Request(commandLine.has("--sandbox"), query(commandLine, limit), limit);
    }

    private static int list(Request request, Map<String, String> environment, PrintStream out, PrintStream err)
            throws ConfigurationException {
        try (PayhawkConnection connection = PayhawkConnection.open(request.sandbox(), environment, "ListExpenses", out)) {
            print(fetch(connection, request.query(), request.limit()), out);
            return ExitStatus.OK;
        }
    }

    private static ExpenseQuery query(CommandLine commandLine, Optional<Integer> limit) throws UsageException {
        List<ExpenseFilter> filters = new ArrayList<>();
        Optional<String> status = commandLine.value("--status");
        if (status.isPresent()) {
            if (!STATUSES.contains(status.get())) {
                throw new UsageException("--status must be ready, draft or archived, not '" + status.get() + "'");
            }
            filters.add(ExpenseFilter.status().equalTo(ExpenseFilterStatus.of(status.get())));
        }
        Optional<LocalDate> from = commandLine.date("--from");
        Optional<LocalDate> to = commandLine.date("--to");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new UsageException("--from " + from.get() + " is after --to " + to.get());
        }
        // Payhawk compares dates strictly and by day; widen by a day so both ends are inclusive.
        from.ifPresent(date -> filters.add(ExpenseFilter.createdAt().greaterThan(date.minusDays(1))));
        to.ifPresent(date -> filters.add(ExpenseFilter.createdAt().lessThan(date.plusDays(1))));
        Optional<String> supplier = commandLine.value("--supplier");
        if (supplier.isPresent()) {
            if (supplier.get().isBlank()) {
                throw new UsageException("--supplier needs some text to look for");
            }
            filters.add(ExpenseFilter.supplierName().contains(supplier.get()));
        }
        Optional<String> type = commandLine.value("--type");
        if (type.isPresent()) {
            if (type.get().isBlank()) {
                throw new UsageException("--type needs an expense type such as card");
            }
            filters.add(ExpenseFilter.type().equalTo(type.get()));
        }
        ExpenseQuery.Builder query = ExpenseQuery.builder().orderBy(ExpenseOrder.CREATED_AT_ASC);
        filters.stream().reduce((left, right) -> left.and(right)).ifPresent(query::filter);
        limit.ifPresent(max -> query.take(Math.min(max, ExpenseQuery.MAX_TAKE)));
        return query.build();
    }

    private static List<Expense> fetch(PayhawkConnection connection, ExpenseQuery query, Optional<Integer> limit) {
        List<Expense> expenses = new ArrayList<>();
        Iterator<Expense> all = connection.client().expenses().listAll(query).iterator();
        int max = limit.orElse(Integer.MAX_VALUE);
        while (expenses.size() < max && all.hasNext()) {
            expenses.add(all.next());
        }
        return expenses;
    }

    private static void print(List<Expense> expenses, PrintStream out) {
        TextTable table = new TextTable(
                TextTable.Column.left("ID"),
                TextTable.Column.left("CREATED"),
                TextTable.Column.left("TYPE"),
                TextTable.Column.left("STATUS"),
                TextTable.Column.left("SUPPLIER", 24),
                TextTable.Column.right("AMOUNT"),
                TextTable.Column.right("BASE AMOUNT"),
                TextTable.Column.left("TITLE", TITLE_WIDTH));
        Map<String, BigDecimal> baseTotals = new TreeMap<>();
        for (Expense expense : expenses) {
            Reconciliation money = expense.reconciliation();
            table.addRow(
                    expense.id(),
                    expense.createdAt() == null ? null : expense.createdAt().atOffset(ZoneOffset.UTC).toLocalDate().toString(),
                    expense.type() == null ? null : expense.type().value(),
                    expense.status() == null ? null : expense.status().value(),
                    expense.supplier() == null ? null : expense.supplier().name(),
                    money == null ? null : amount(money.totalAmount(), money.currency()),
                    money == null ? null : amount(money.baseTotalAmount(), money.baseCurrency()),
                    expense.title());
            if (money != null && money.baseTotalAmount() != null && money.baseCurrency() != null) {
                baseTotals.merge(money.baseCurrency(), money.baseTotalAmount(), BigDecimal::add);
            }
        }
        if (!expenses.isEmpty()) {
            table.print(out);
            out.println();
        }
        out.println(summary(expenses.size(), baseTotals));
    }

    private static String summary(int count, Map<String, BigDecimal> baseTotals) {
        String expenses = count + (count == 1 ? " expense" : " expenses");
        if (baseTotals.isEmpty()) {
            return expenses;
        }
        return expenses + ", total " + baseTotals.entrySet().stream()
                .map(total -> total.getValue().toPlainString() + " " + total.getKey())
                .collect(Collectors.joining(" + "));
    }

    private static String amount(BigDecimal value, String currency) {
        if (value == null) {
            return null;
        }
        return value.toPlainString() + (currency == null ? "" : " " + currency);
    }
}
