package org.partnershipledger.api.dashboard;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.api.Http;
import tools.jackson.databind.JsonNode;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real headless Chromium (Debian's chromium and chromium-driver; nothing is downloaded): every
 * matrix cell, the Total Place figures, the indicator and the audit timeline shown are checked against the API, a
 * past instant shows the past, and a screenshot is saved as target/dashboard.png.
 */
class DashboardBrowserTest extends ApiTest {

    private static final String CHROMIUM = System.getProperty("ledger.test.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("ledger.test.chromedriver", "/usr/bin/chromedriver");
    private static final NumberFormat POUNDS = NumberFormat.getCurrencyInstance(Locale.UK);

    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed && System.getenv("CI") == null) {
            Assumptions.abort("no " + CHROMIUM + " / " + CHROMEDRIVER + ": apt-get install chromium chromium-driver");
        }
        profile = Files.createTempDirectory("ledger-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,2200", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void showsTheSuttonPartnershipAsTheApiHasIt() throws IOException {
        long version = storeVersion("sutton");
        JsonNode matrix = read("/api/partnerships/sutton/matrix", version).json();
        JsonNode progress = accepted(200, http.get("/api/partnerships/sutton/progress")).json();
        JsonNode totalPlace = accepted(200, http.get("/api/partnerships/sutton/total-place")).json();
        JsonNode trail = accepted(200, http.get("/api/partnerships/sutton/audit-trail?size=1")).json();

        open("/dashboard/?partnership=sutton");
        assertThat(text("#status")).isEqualTo("Sign in to see the partnerships.");
        signIn("sutton-secretary");

        assertThat(text("#title")).isEqualTo("Sutton Partnership");
        List<WebElement> cells = browser.findElements(By.cssSelector("#matrix td.cell"));
        assertThat(cells).hasSize(matrix.path("cells").size());
        for (JsonNode cell : matrix.path("cells")) {
            WebElement shown = browser.findElement(By.cssSelector("#matrix td[data-theme='"
                    + cell.path("themeId").asString() + "'][data-principle='" + cell.path("principleId").asString()
                    + "']"));
            String where = cell.path("themeId").asString() + " × " + cell.path("principleId").asString();
            assertThat(shown.getAttribute("data-priorities")).as(where)
                    .isEqualTo(String.valueOf(cell.path("priorities").size()));
            assertThat(shown.getAttribute("data-pledged")).as(where).isEqualTo(exact(cell.path("totals").path("pledged")));
            assertThat(shown.getAttribute("data-spent")).as(where).isEqualTo(exact(cell.path("totals").path("spent")));
            assertThat(shown.findElement(By.className("pledged")).getText()).as(where)
                    .isEqualTo(shownMoney(cell.path("totals").path("pledged")));
            assertThat(shown.getAttribute("data-rag")).as(where).isEqualTo(rollUp(progress, cell).path("worst").asString());
            assertThat(shown.getAttribute("class")).contains(rollUp(progress, cell).path("worst").asString());
            assertThat(shown.findElements(By.cssSelector("li"))).hasSize(cell.path("priorities").size());
        }
        assertThat(cells).extracting(c -> c.getAttribute("data-rag")).contains("RED", "AMBER", "GREEN");

        String shownYear = new Select(browser.findElement(By.id("financial-year"))).getFirstSelectedOption().getText();
        JsonNode year = null;
        for (JsonNode y : totalPlace.path("years")) {
            year = y.path("financialYear").asString().equals(shownYear) ? y : year;
        }
        assertThat(year).as("financial year " + shownYear).isNotNull();
        assertThat(year.path("place").path("declared").path("spend")).isNotEmpty();
        assertThat(browser.findElement(By.id("place-figures")).getAttribute("data-spend"))
                .isEqualTo(exact(year.path("place").path("declared").path("spend")));
        assertThat(text("[data-figure='place-spend'] strong"))
                .isEqualTo(shownMoney(year.path("place").path("declared").path("spend")));
        assertThat(text("[data-figure='place-pledged'] strong"))
                .isEqualTo(shownMoney(year.path("place").path("totals").path("pledged")));
        assertThat(chartDrawn("spend-chart")).isTrue();

        String indicatorId = browser.findElement(By.id("indicator-figures")).getAttribute("data-indicator");
        JsonNode indicator = indicator(progress, indicatorId);
        assertThat(new BigDecimal(text("[data-figure='latest'] strong")))
                .isEqualByComparingTo(indicator.path("latestValue").decimalValue());
        assertThat(browser.findElement(By.id("indicator-figures")).getAttribute("data-rag"))
                .isEqualTo(indicator.path("rag").asString());
        assertThat(chartDrawn("indicator-chart")).isTrue();

        List<WebElement> timeline = browser.findElements(By.cssSelector("#timeline li[data-sequence]"));
        assertThat(timeline).hasSize((int) Math.min(50, trail.path("totalEntries").asLong()));
        JsonNode newest = accepted(200, http.get("/api/partnerships/sutton/audit-trail?size=1&page="
                + (trail.path("totalEntries").asLong() - 1))).json().path("entries").get(0);
        assertThat(timeline.get(0).getAttribute("data-sequence")).isEqualTo(newest.path("sequenceNumber").asString());
        assertThat(timeline.get(0).findElement(By.className("summary")).getText())
                .isEqualTo(newest.path("summary").asString());

        Path screenshot = Path.of("target", "dashboard.png");
        Files.createDirectories(screenshot.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), screenshot, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    @Test
    void showsAnyPastInstant() throws InterruptedException {
        String id = newPartnership();
        String pledges = "/api/partnerships/" + id + "/priorities/" + newPriority(id) + "/pledges";
        Http.Answer first = accepted(201, http.post(pledges, """
                {"id": "first", "partnerId": "council", "amount": {"amountMinor": 123456}, "financialYear": "2010/11"}"""));
        Instant between = justAfter(id, first.version());
        Thread.sleep(20);
        Http.Answer second = accepted(201, http.post(pledges, """
                {"id": "second", "partnerId": "police", "amount": {"amountMinor": 100}, "financialYear": "2010/11"}"""));
        read("/api/partnerships/" + id, second.version());
        String cell = "#matrix td[data-theme='fairer'][data-principle='value-for-money']";

        open("/dashboard/?partnership=" + id + "&asOf=" + between);
        signIn("clerk");
        assertThat(browser.findElement(By.cssSelector(cell)).getAttribute("data-pledged")).isEqualTo("GBP:123456");
        assertThat(text("#subtitle")).contains("version " + first.version(), "as of");
        assertThat(browser.findElements(By.cssSelector("#timeline li[data-sequence]"))).hasSize((int) first.version() + 1);

        int loads = loads();
        browser.findElement(By.id("now")).click();
        waitForLoad(loads);
        assertThat(browser.findElement(By.cssSelector(cell)).getAttribute("data-pledged")).isEqualTo("GBP:123556");
        assertThat(text("#subtitle")).contains("version " + second.version(), "(now)");
        assertThat(browser.getCurrentUrl()).doesNotContain("asOf");
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
        waitForLoad(0);
    }

    private void signIn(String user) {
        int loads = loads();
        browser.findElement(By.id("user")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user + "-pw");
        browser.findElement(By.id("sign-in-button")).click();
        waitForLoad(loads);
        assertThat(text("#status")).isEmpty();
    }

    private int loads() {
        String loads = browser.findElement(By.tagName("body")).getAttribute("data-loads");
        return loads == null ? 0 : Integer.parseInt(loads);
    }

    private void waitForLoad(int loadsBefore) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> loads() > loadsBefore
                && "true".equals(b.findElement(By.tagName("body")).getAttribute("data-loaded")));
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private boolean chartDrawn(String canvasId) {
        Object drawn = ((JavascriptExecutor) browser).executeScript(
                "return window.Chart && window.Chart.getChart(arguments[0]) != null", canvasId);
        return Boolean.TRUE.equals(drawn);
    }

    private static String exact(JsonNode amounts) {
        List<String> parts = new ArrayList<>();
        amounts.forEach(m -> parts.add(m.path("currency").asString() + ":" + m.path("amountMinor").asLong()));
        return String.join(";", parts);
    }

    private static String shownMoney(JsonNode amounts) {
        if (amounts.isEmpty()) {
            return "—";
        }
        assertThat(amounts.get(0).path("currency").asString()).isEqualTo("GBP");
        return POUNDS.format(BigDecimal.valueOf(amounts.get(0).path("amountMinor").asLong(), 2));
    }

    private static JsonNode rollUp(JsonNode progress, JsonNode cell) {
        for (JsonNode c : progress.path("cells")) {
            if (c.path("themeId").equals(cell.path("themeId")) && c.path("principleId").equals(cell.path("principleId"))) {
                return c.path("rollUp");
            }
        }
        throw new AssertionError("no progress for " + cell);
    }

    private static JsonNode indicator(JsonNode progress, String id) {
        for (JsonNode priority : progress.path("priorities")) {
            for (JsonNode indicator : priority.path("indicators")) {
                if (indicator.path("indicatorId").asString().equals(id)) {
                    return indicator;
                }
            }
        }
        throw new AssertionError("no indicator " + id);
    }
}
