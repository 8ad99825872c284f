package io.github.payhawk4j.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.model.FundAccountType;
import io.github.payhawk4j.model.expense.ExpensePaymentFees;
import io.github.payhawk4j.model.fundaccount.BankStatement;
import io.github.payhawk4j.model.fundaccount.BankStatementLine;
import io.github.payhawk4j.model.fundaccount.BankStatementLineType;
import io.github.payhawk4j.model.fundaccount.FundAccount;
import io.github.payhawk4j.model.fundaccount.FundAccountStatus;
import io.github.payhawk4j.query.BankStatementOrder;
import io.github.payhawk4j.query.BankStatementQuery;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.payhawk4j.service.StubbedPayhawkApi.OTHER_ACCOUNT;
import static io.github.payhawk4j.service.StubbedPayhawkApi.clientFor;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkGet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** FundAccountService: list, get and the paged bank statement with its date filter and order. */
class FundAccountServiceTest {

    private static final String FUND_ACCOUNTS = "/api/v3/accounts/acme_logistics/fund-accounts";
    private static final String STATEMENT = FUND_ACCOUNTS + "/fa_eur_main/bank-statement";
    private static final String LINE_JSON = """
            {"id":"bsl_1","type":"debit","paymentId":"pay_9","fundAccountId":"fa_eur_main",
             "date":"2026-06-03T10:15:30.120Z","currency":"EUR","amount":1234.10,"paidCurrency":"BGN",
             "paidAmount":2413.60,"fxRate":1.955830,"fees":{"fx":0.10,"pos":0,"bank":1.50},
             "description":"Card payment","expenseIds":["exp_1","exp_2"],"bankReference":"BR-1"}""";

    @RegisterExtension
    static WireMockExtension api = StubbedPayhawkApi.server();

    private final PayhawkClient client = clientFor(api);

    private static BankStatementLine line() {
        return BankStatementLine.builder().id("bsl_1").type(BankStatementLineType.DEBIT).paymentId("pay_9")
                .fundAccountId("fa_eur_main").date(Instant.parse("2026-06-03T10:15:30.120Z")).currency("EUR")
                .amount(new BigDecimal("1234.10")).paidCurrency("BGN").paidAmount(new BigDecimal("2413.60"))
                .fxRate(new BigDecimal("1.955830"))
                .fees(ExpensePaymentFees.builder().fx(new BigDecimal("0.10")).pos(new BigDecimal("0")).bank(new BigDecimal("1.50")).build())
                .description("Card payment").expenseIds(List.of("exp_1", "exp_2"))
                .putAdditionalProperty("bankReference", JsonNodeFactory.instance.textNode("BR-1")).build();
    }

    @Test
    @DisplayName("list() sends GET .../fund-accounts and maps every field; unknown status values and fields are kept")
    void listsFundAccounts() {
        api.stubFor(get(urlEqualTo(FUND_ACCOUNTS)).willReturn(okJson("""
                {"items":[{"id":"fa_eur_main","currency":"EUR","type":"debit","status":"active"},
                          {"id":"fa_usd","currency":"USD","type":"prepaid","status":"frozen","iban":"BG00X"}],"total":2}""")));

        List<FundAccount> accounts = client.fundAccounts().list();

        api.verify(1, sdkGet(FUND_ACCOUNTS));
        assertThat(accounts).containsExactly(
                FundAccount.builder().id("fa_eur_main").currency("EUR").type(FundAccountType.DEBIT).status(FundAccountStatus.ACTIVE).build(),
                FundAccount.builder().id("fa_usd").currency("USD").type(FundAccountType.of("prepaid"))
                        .status(FundAccountStatus.of("frozen"))
                        .putAdditionalProperty("iban", JsonNodeFactory.instance.textNode("BG00X")).build());
        assertThat(accounts.get(1).status().known()).isEqualTo(FundAccountStatus.Known.UNKNOWN);
        assertThat(accounts.get(1).status().value()).isEqualTo("frozen");
        assertThat(client.async().fundAccounts().list().join()).isEqualTo(accounts);
        assertThat(client.fundAccounts().withRawResponse().list().value()).isEqualTo(accounts);
        assertThat(client.async().fundAccounts().withRawResponse().list().join().value()).isEqualTo(accounts);
        api.verify(4, sdkGet(FUND_ACCOUNTS));
    }

    @Test
    @DisplayName("get(id) sends GET .../fund-accounts/{id}; async, raw and another account alike")
    void getsAFundAccount() {
        String body = "{\"id\":\"fa_eur_main\",\"currency\":\"EUR\",\"type\":\"credit\",\"status\":\"blocked\"}";
        api.stubFor(get(urlEqualTo(FUND_ACCOUNTS + "/fa_eur_main")).willReturn(okJson(body)));
        String other = "/api/v3/accounts/" + OTHER_ACCOUNT + "/fund-accounts/fa_eur_main";
        api.stubFor(get(urlEqualTo(other)).willReturn(okJson(body)));
        FundAccount expected = FundAccount.builder().id("fa_eur_main").currency("EUR").type(FundAccountType.CREDIT)
                .status(FundAccountStatus.BLOCKED).build();

        assertThat(client.fundAccounts().get("fa_eur_main")).isEqualTo(expected);
        assertThat(client.async().fundAccounts().get("fa_eur_main").join()).isEqualTo(expected);
        assertThat(client.fundAccounts().withRawResponse().get("fa_eur_main").value()).isEqualTo(expected);
        assertThat(client.async().fundAccounts().withRawResponse().get("fa_eur_main").join().statusCode()).isEqualTo(200);
        assertThat(client.async().account(OTHER_ACCOUNT).fundAccounts().get("fa_eur_main").join()).isEqualTo(expected);

        api.verify(4, sdkGet(FUND_ACCOUNTS + "/fa_eur_main"));
        api.verify(1, sdkGet(other));
    }

    @Test
    @DisplayName("bankStatement(id, query) sends the date range as $filter, the order as $orderBy, exactly encoded")
    void sendsTheBankStatementQuery() {
        api.stubFor(get(urlEqualTo(STATEMENT
                + "?%24filter=%7B%22date%22%3A%7B%22%24greaterThanEqual%22%3A%222026-06-01T00%3A00%3A00.000Z%22%2C"
                + "%22%24lessThanEqual%22%3A%222026-06-30T00%3A00%3A00.000Z%22%7D%7D"
                + "&%24orderBy=%5B%7B%22date%22%3A%22desc%22%7D%5D&%24skip=10&%24take=5"))
                .willReturn(okJson("{\"lines\":[" + LINE_JSON + "],\"total\":11,\"currencyNote\":\"x\"}")));

        BankStatement statement = client.fundAccounts().bankStatement("fa_eur_main", BankStatementQuery.builder()
                .dateFrom(Instant.parse("2026-06-01T00:00:00Z")).dateTo(Instant.parse("2026-06-30T00:00:00Z"))
                .orderBy(BankStatementOrder.DATE_DESC).skip(10).take(5).build());

        assertThat(statement.lines()).containsExactly(line());
        assertThat(statement.total()).isEqualTo(11);
        assertThat(statement.additionalProperties()).containsKey("currencyNote");
        assertThat(statement.lines().get(0).amount().toPlainString()).isEqualTo("1234.10");
        assertThat(statement.lines().get(0).fxRate().toPlainString()).isEqualTo("1.955830");
    }

    @Test
    @DisplayName("an unfiltered bank statement sends no query; a line type this SDK does not know stays readable")
    void sendsNoQueryForAll() {
        api.stubFor(get(urlEqualTo(STATEMENT)).willReturn(okJson("{\"lines\":["
                + LINE_JSON.replace("\"debit\"", "\"reversal\"") + "],\"total\":1}")));

        BankStatement statement = client.fundAccounts().withRawResponse().bankStatement("fa_eur_main", BankStatementQuery.all()).value();

        api.verify(1, sdkGet(STATEMENT));
        assertThat(statement.lines().get(0).type().value()).isEqualTo("reversal");
        assertThat(statement.lines().get(0).type().known()).isEqualTo(BankStatementLineType.Known.UNKNOWN);
        assertThat(client.async().fundAccounts().bankStatement("fa_eur_main", BankStatementQuery.all()).join().total()).isEqualTo(1);
        assertThat(client.async().fundAccounts().withRawResponse().bankStatement("fa_eur_main", BankStatementQuery.all())
                .join().value()).isEqualTo(statement);
    }

    @Test
    @DisplayName("bankStatementAll walks the pages lazily with the same filter and order, blocking and async")
    void walksAllPages() {
        String page1 = "{\"lines\":[" + LINE_JSON + "," + LINE_JSON.replace("bsl_1", "bsl_2") + "],\"total\":3}";
        String page2 = "{\"lines\":[" + LINE_JSON.replace("bsl_1", "bsl_3") + "],\"total\":3}";
        String order = "&%24orderBy=%5B%7B%22date%22%3A%22asc%22%7D%5D";
        api.stubFor(get(urlEqualTo(STATEMENT + "?" + order.substring(1) + "&%24skip=0&%24take=2")).willReturn(okJson(page1)));
        api.stubFor(get(urlEqualTo(STATEMENT + "?" + order.substring(1) + "&%24skip=2&%24take=2")).willReturn(okJson(page2)));
        BankStatementQuery query = BankStatementQuery.builder().orderBy(BankStatementOrder.DATE_ASC).take(2).build();

        AutoPagingIterable<BankStatementLine> all = client.fundAccounts().bankStatementAll("fa_eur_main", query);
        api.verify(0, sdkGet(STATEMENT + "?" + order.substring(1) + "&%24skip=0&%24take=2"));
        List<String> ids = all.stream().map(BankStatementLine::id).toList();
        List<String> asyncIds = new ArrayList<>();
        client.async().fundAccounts().bankStatementAll("fa_eur_main", query)
                .thenCompose(first -> first.forEach(line -> asyncIds.add(line.id()))).join();

        assertThat(ids).containsExactly("bsl_1", "bsl_2", "bsl_3");
        assertThat(asyncIds).containsExactly("bsl_1", "bsl_2", "bsl_3");
        api.verify(2, sdkGet(STATEMENT + "?" + order.substring(1) + "&%24skip=0&%24take=2"));
        api.verify(2, sdkGet(STATEMENT + "?" + order.substring(1) + "&%24skip=2&%24take=2"));
    }

    @Test
    @DisplayName("query bounds outside Payhawk's range are refused before anything is sent")
    void refusesBadQueries() {
        assertThatThrownBy(() -> BankStatementQuery.builder().take(1001)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("take");
        assertThatThrownBy(() -> BankStatementQuery.builder().skip(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BankStatementQuery.builder().dateFrom(Instant.parse("+10000-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(api.getAllServeEvents()).isEmpty();
    }
}
