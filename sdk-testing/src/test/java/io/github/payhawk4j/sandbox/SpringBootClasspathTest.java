package io.github.payhawk4j.sandbox;

import ch.qos.logback.classic.LoggerContext;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.model.expense.Expense;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.logback.LogbackLoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * payhawk-sdk-testing on the test classpath of a Spring Boot 3.5 application: the context starts with
 * Boot's own Logback, so the sandbox brings no second logging binding ("LoggerFactory is not a Logback
 * LoggerContext" is what one would cause), and a client bean works against a sandbox bean.
 */
@SpringBootTest(classes = SpringBootClasspathTest.SandboxConfiguration.class)
class SpringBootClasspathTest {

    /** What a user's test configuration declares: the sandbox and a client pointed at it. */
    @SpringBootConfiguration
    static class SandboxConfiguration {

        @Bean(destroyMethod = "close")
        PayhawkSandbox payhawkSandbox() {
            return TestSigner.quickSandbox().start();
        }

        @Bean
        PayhawkClient payhawkClient(PayhawkSandbox sandbox) {
            return PayhawkClient.builder()
                    .apiKey(sandbox.apiKey())
                    .accountId(sandbox.accountId())
                    .baseUrl(sandbox.baseUrl())
                    .build();
        }
    }

    @Autowired
    private PayhawkSandbox sandbox;

    @Autowired
    private PayhawkClient client;

    @Test
    void theContextStartsWithBootsLogbackAsTheOnlyBinding() {
        assertThat(LoggingSystem.get(getClass().getClassLoader())).isInstanceOf(LogbackLoggingSystem.class);
        assertThat(LoggerFactory.getILoggerFactory()).isInstanceOf(LoggerContext.class);
    }

    @Test
    void aClientBeanReadsWhatTheSandboxBeanHolds() {
        String expenseId = sandbox.account().createCardExpense(CardPurchase.of("Lufthansa", new BigDecimal("412.30"), "EUR"));

        Expense expense = client.expenses().get(expenseId);

        assertThat(expense.reconciliation().totalAmount()).isEqualByComparingTo("412.30");
    }
}
