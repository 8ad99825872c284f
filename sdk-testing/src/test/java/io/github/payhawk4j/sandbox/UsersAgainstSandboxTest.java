package io.github.payhawk4j.sandbox;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.InvalidRequestException;
import io.github.payhawk4j.error.NotFoundException;
import io.github.payhawk4j.error.PayhawkException;
import io.github.payhawk4j.error.RateLimitedException;
import io.github.payhawk4j.model.user.AccountUser;
import io.github.payhawk4j.model.user.AccountUserPatch;
import io.github.payhawk4j.model.user.AccountUserRole;
import io.github.payhawk4j.model.user.NewAccountUser;
import io.github.payhawk4j.model.user.UserReimbursementDetails;
import io.github.payhawk4j.query.UserFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Account users through the SDK against the sandbox: invite, list and filter, update, delete, reimbursement details. */
class UsersAgainstSandboxTest {

    private PayhawkSandbox sandbox;
    private PayhawkClient client;

    @BeforeEach
    void start() {
        sandbox = TestSigner.quickSandbox().start();
        client = PayhawkClient.builder().apiKey(sandbox.apiKey()).accountId(sandbox.accountId()).baseUrl(sandbox.baseUrl())
                .build();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private AccountUser invite(String email, AccountUserRole role) {
        return client.users().invite(NewAccountUser.builder().email(email).role(role).firstName("First").build());
    }

    @Test
    void invitedUsersAreListedFilteredUpdatedAndDeleted() {
        AccountUser ana = invite("ana@acme.com", AccountUserRole.ACCOUNTING);
        AccountUser bo = client.async().users().invite(NewAccountUser.builder().email("bo@acme.com")
                .role(AccountUserRole.EMPLOYEE).build()).join();

        assertThat(ana.id()).isNotBlank();
        assertThat(ana.createdAt()).isNotNull();
        assertThat(ana.role()).isEqualTo(AccountUserRole.ACCOUNTING);
        assertThat(ana.firstName()).isEqualTo("First");
        assertThat(client.users().list()).containsExactly(ana, bo);
        assertThat(client.users().list(UserFilter.email().equalTo("bo@acme.com"))).containsExactly(bo);
        assertThat(client.users().list(UserFilter.id().in(ana.id(), "usr_none"))).containsExactly(ana);

        client.users().update(ana.id(), AccountUserPatch.builder().role(AccountUserRole.ADMIN).externalId("EMP-7").build());
        AccountUser updated = client.users().list(UserFilter.externalId().equalTo("EMP-7")).get(0);
        assertThat(updated.id()).isEqualTo(ana.id());
        assertThat(updated.role()).isEqualTo(AccountUserRole.ADMIN);
        assertThat(client.users().list(UserFilter.and(UserFilter.externalId().equalTo("EMP-7"),
                UserFilter.email().equalTo("bo@acme.com")))).isEmpty();

        client.users().delete(bo.id());
        assertThat(client.users().list()).extracting(AccountUser::id).containsExactly(ana.id());
        assertThatThrownBy(() -> client.users().delete(bo.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.users().update(bo.id(), AccountUserPatch.builder().externalId("X").build()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void conflictsAndBadBodiesAreRefused() {
        AccountUser ana = invite("ana@acme.com", AccountUserRole.ACCOUNTING);
        AccountUser bo = invite("bo@acme.com", AccountUserRole.EMPLOYEE);
        client.users().update(ana.id(), AccountUserPatch.builder().externalId("EMP-7").build());

        assertThatThrownBy(() -> invite("ANA@acme.com", AccountUserRole.ADMIN))
                .isInstanceOfSatisfying(PayhawkException.class, e -> assertThat(e.statusCode()).isEqualTo(409));
        assertThatThrownBy(() -> client.users().update(bo.id(), AccountUserPatch.builder().externalId("EMP-7").build()))
                .isInstanceOfSatisfying(PayhawkException.class, e -> assertThat(e.statusCode()).isEqualTo(409));
        assertThatThrownBy(() -> invite("not-an-email", AccountUserRole.ADMIN)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> invite("cy@acme.com", AccountUserRole.of("owner")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("role");
        SandboxApi api = new SandboxApi(sandbox);
        String users = "/api/v3/accounts/" + sandbox.accountId() + "/users";
        assertThat(api.post(users, "{\"role\":\"admin\"}").status()).isEqualTo(400);
        assertThat(api.post(users, "{\"email\":\"d@acme.com\",\"role\":\"admin\",\"nickname\":\"D\"}").status()).isEqualTo(400);
        assertThat(api.get(users + "?$filter=" + SandboxApi.encode("{\"email\":{\"$like\":\"a\"}}")).status()).isEqualTo(400);
        assertThat(client.users().list()).hasSize(2);
    }

    @Test
    void reimbursementDetailsAreEmptyUntilTheUserFillsThemIn() {
        AccountUser ana = invite("ana@acme.com", AccountUserRole.EMPLOYEE);

        assertThat(client.users().reimbursementDetails(ana.id())).isEmpty();
        sandbox.account().setReimbursementDetails(ana.id(), "Ana Petrova", "BGN");

        assertThat(client.users().reimbursementDetails(ana.id())).contains(
                UserReimbursementDetails.builder().accountHolder("Ana Petrova").currency("BGN").build());
        assertThat(client.async().users().reimbursementDetails(ana.id()).join()).isPresent();
        assertThatThrownBy(() -> client.users().reimbursementDetails("usr_none")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theRateLimitAppliesToUserCalls() {
        AtomicLong frozen = new AtomicLong();
        try (PayhawkSandbox limited = TestSigner.quickSandbox().rateLimit(15, Duration.ofSeconds(1))
                .rateLimitTicker(frozen::get).start()) {
            PayhawkClient impatient = PayhawkClient.builder().apiKey(limited.apiKey()).accountId(limited.accountId())
                    .baseUrl(limited.baseUrl()).disableRateLimit().maxRetries(0).build();
            for (int i = 0; i < 15; i++) {
                impatient.users().list();
            }
            assertThatThrownBy(() -> impatient.users().list()).isInstanceOf(RateLimitedException.class);
        }
    }
}
