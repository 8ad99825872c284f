package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One account's expenses with what hangs off each: its payments ({@code IExpensePayment}), its
 * workflow ({@code IExpenseWorkflowStatus}) and any bank payment details. Thread-safe; reads are copies.
 */
final class ExpenseStore {

    private final DocumentStore expenses = new DocumentStore("Expense");
    private final Map<String, List<ObjectNode>> paymentsByExpense = new HashMap<>();
    private final Map<String, ObjectNode> workflows = new HashMap<>();
    private final Map<String, ObjectNode> bankPaymentDetails = new HashMap<>();

    /** Adds an expense with its workflow. */
    synchronized void add(ObjectNode expense, ObjectNode workflow) {
        expenses.put(expense);
        String id = expense.get("id").asText();
        workflows.put(id, workflow.deepCopy());
        paymentsByExpense.putIfAbsent(id, new ArrayList<>());
    }

    synchronized Optional<ObjectNode> find(String expenseId) {
        return expenses.find(expenseId);
    }

    synchronized boolean contains(String expenseId) {
        return expenses.contains(expenseId);
    }

    /** Copies of all expenses, oldest first. */
    synchronized List<ObjectNode> all() {
        return expenses.all();
    }

    /** Changes the expense and returns a copy of it. */
    synchronized ObjectNode update(String expenseId, Consumer<ObjectNode> change) {
        return expenses.update(expenseId, change);
    }

    synchronized void addPayment(String expenseId, ObjectNode payment) {
        requireExpense(expenseId);
        paymentsByExpense.computeIfAbsent(expenseId, any -> new ArrayList<>()).add(payment.deepCopy());
    }

    /** Copies of the expense's payments, oldest first. */
    synchronized List<ObjectNode> payments(String expenseId) {
        requireExpense(expenseId);
        return paymentsByExpense.getOrDefault(expenseId, List.of()).stream().map(ObjectNode::deepCopy).toList();
    }

    /**
     * Changes the newest payment of the expense that {@code which} selects and returns a copy of it.
     *
     * @throws IllegalStateException if the expense has no such payment
     */
    synchronized ObjectNode updateLatestPayment(String expenseId, Predicate<ObjectNode> which,
                                                String wanted, Consumer<ObjectNode> change) {
        requireExpense(expenseId);
        List<ObjectNode> payments = paymentsByExpense.getOrDefault(expenseId, List.of());
        for (int i = payments.size() - 1; i >= 0; i--) {
            ObjectNode payment = payments.get(i);
            if (which.test(payment)) {
                change.accept(payment);
                return payment.deepCopy();
            }
        }
        throw new IllegalStateException("Expense '" + expenseId + "' has no " + wanted + " payment");
    }

    synchronized ObjectNode workflow(String expenseId) {
        requireExpense(expenseId);
        return workflows.get(expenseId).deepCopy();
    }

    synchronized void updateWorkflow(String expenseId, Consumer<ObjectNode> change) {
        requireExpense(expenseId);
        change.accept(workflows.get(expenseId));
    }

    synchronized void putBankPaymentDetails(String expenseId, ObjectNode details) {
        requireExpense(expenseId);
        bankPaymentDetails.put(expenseId, details.deepCopy());
    }

    /** Removes the bank payment details; whether there were any. */
    synchronized boolean removeBankPaymentDetails(String expenseId) {
        requireExpense(expenseId);
        return bankPaymentDetails.remove(expenseId) != null;
    }

    synchronized Optional<ObjectNode> bankPaymentDetails(String expenseId) {
        requireExpense(expenseId);
        return Optional.ofNullable(bankPaymentDetails.get(expenseId)).map(ObjectNode::deepCopy);
    }

    private void requireExpense(String expenseId) {
        if (!expenses.contains(expenseId)) {
            throw new NoSuchElementException("No expense with id '" + expenseId + "'");
        }
    }
}
