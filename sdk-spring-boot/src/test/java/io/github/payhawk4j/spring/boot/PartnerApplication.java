package io.github.payhawk4j.spring.boot;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The starter's example application: application properties and one handler bean, and no {@code @Bean} of any SDK
 * type; the starter makes the client, verifier, dispatcher and filter.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ExpenseApprovals.class)
public class PartnerApplication {
}
