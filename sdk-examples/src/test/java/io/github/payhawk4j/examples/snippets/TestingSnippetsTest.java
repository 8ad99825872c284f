package io.github.payhawk4j.examples.snippets;

import io.github.payhawk4j.model.expense.ExpenseStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the sandbox code shown in docs/testing.md. */
class TestingSnippetsTest {

    @Test
    void theClientReadsWhatTheSandboxRecorded() {
        var expense = TestingSnippets.clientAgainstTheSandbox();

        assertThat(expense.status()).isEqualTo(ExpenseStatus.READY);
        assertThat(expense.reconciliation().totalAmount().toPlainString()).isEqualTo("412.30");
    }

    @Test
    void theSandboxDeliversASignedEventThatTheHandlerProcesses() throws Exception {
        assertThat(TestingSnippets.deliveriesFromTheSandbox()).hasSize(1);
    }
}
