package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.payhawk4j.json.PayhawkJson;
import io.github.payhawk4j.model.Actor;
import io.github.payhawk4j.model.ModelFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ExpenseWorkflowStatusJsonTest {

    private final ObjectMapper json = PayhawkJson.newObjectMapper();

    @Test
    void readsAnApprovedWorkflowWithReviewerAndApprover() throws Exception {
        ExpenseWorkflowStatus workflow =
                json.readValue(ModelFixture.text("expense-workflow.json"), ExpenseWorkflowStatus.class);

        assertThat(workflow).isEqualTo(ExpenseWorkflowStatus.builder()
                .approvalStatus(ApprovalStatus.APPROVED).approvedAt(Instant.parse("2024-06-11T07:55:10.118Z"))
                .approvedBy(Actor.builder()
                        .id("user_c41d08").email("elena.georgieva@acme-logistics.eu").firstName("Elena")
                        .lastName("Georgieva").externalId("EMP-00012")
                        .build())
                .reviewedAt(Instant.parse("2024-06-10T14:02:37.512Z"))
                .reviewedBy(Actor.builder()
                        .id("user_a0e5b7").email("finance@acme-logistics.eu").firstName("Nikolay")
                        .lastName("Stoyanov")
                        .build())
                .build());
    }

    @Test
    void readsAWorkflowNobodyActedOnYet() throws Exception {
        ExpenseWorkflowStatus workflow =
                json.readValue("{\"approvalStatus\":\"pending\"}", ExpenseWorkflowStatus.class);

        assertThat(workflow.approvalStatus()).isSameAs(ApprovalStatus.PENDING);
        assertThat(workflow.approvedAt()).isNull();
        assertThat(workflow.approvedBy()).isNull();
        assertThat(workflow.reviewedAt()).isNull();
        assertThat(workflow.reviewedBy()).isNull();
    }

    @Test
    void keepsAnApprovalStatusThisVersionDoesNotKnow() throws Exception {
        ExpenseWorkflowStatus workflow =
                json.readValue("{\"approvalStatus\":\"escalated\"}", ExpenseWorkflowStatus.class);

        assertThat(workflow.approvalStatus().isKnown()).isFalse();
        assertThat(workflow.approvalStatus().value()).isEqualTo("escalated");
    }
}
