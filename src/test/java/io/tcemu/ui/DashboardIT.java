package io.tcemu.ui;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.dts.v20211206.DtsClient;
import com.tencentcloudapi.dts.v20211206.models.CreateCheckSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.DescribeSyncJobsRequest;
import com.tencentcloudapi.dts.v20211206.models.PauseSyncJobRequest;
import com.tencentcloudapi.dts.v20211206.models.StartSyncJobRequest;
import io.tcemu.auth.Accounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.tcemu.product.dts.SyncJobSteps.configuration;
import static io.tcemu.product.dts.SyncJobSteps.forJob;
import static io.tcemu.product.dts.SyncJobSteps.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

/**
 * The dashboard in a real browser against the packaged jar: what a person sees after SDK calls,
 * clock moves and clicks. Every test leaves a screenshot under target/ui-screenshots/.
 */
class DashboardIT {
    private static final String REGION = "ap-guangzhou";
    private static Process jar;
    private static String dashboard;
    private static DtsClient dts;

    private Browser browser;
    private String screenshot;

    @BeforeAll
    static void startTheJar() throws Exception {
        Path log = Files.createDirectories(Path.of("target", "ui-screenshots")).resolve("tcemu.log");
        jar = new ProcessBuilder("java", "-jar", Path.of("target", "tcemu.jar").toString(),
                "--port", "0", "--https-port", "0", "--progression", "immediate")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Pattern ready = Pattern.compile("ready: http://127\\.0\\.0\\.1:(\\d+) .*, dashboard (http://127\\.0\\.0\\.1:\\d+/_tcemu/ui)");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (dashboard == null && System.nanoTime() < deadline && jar.isAlive()) {
            Matcher found = ready.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (found.find()) {
                dashboard = found.group(2);
                HttpProfile http = new HttpProfile();
                http.setEndpoint("127.0.0.1:" + found.group(1));
                http.setProtocol("http://");
                dts = new DtsClient(new Credential(Accounts.DEV.secretId(), Accounts.DEV.secretKey()), REGION,
                        new ClientProfile(ClientProfile.SIGN_TC3_256, http));
            }
            Thread.sleep(100);
        }
        assertTrue(dashboard != null, "the ready line names the dashboard: " + Files.readString(log));
    }

    @AfterAll
    static void stopTheJar() throws Exception {
        if (jar != null) {
            jar.toHandle().destroy();
            jar.waitFor(20, TimeUnit.SECONDS);
            jar.destroyForcibly();
        }
    }

    @BeforeEach
    void openBrowser(TestInfo test) {
        screenshot = test.getTestMethod().orElseThrow().getName();
        browser = Browser.start();
    }

    @AfterEach
    void saveWhatTheUserSees() {
        if (browser != null) {
            try {
                browser.screenshot(screenshot);
            } finally {
                browser.close();
            }
        }
    }

    @Test
    void aSyncJobCreatedThroughTheSdkAppearsInTheList() throws Exception {
        String id = dts.CreateSyncJob(purchase("PostPay")).getJobIds()[0];

        browser.open(dashboard);
        WebElement row = browser.await("the job's row", presenceOfElementLocated(By.cssSelector(row(id))));
        assertEquals("dts", cell(row, "Product"));
        assertEquals("SyncJob", cell(row, "Kind"));
        assertEquals(Accounts.DEV.id(), cell(row, "Account"));
        assertEquals(REGION, cell(row, "Region"));
        assertEquals("UnInitialized", cell(row, "Status"));
        assertEquals("Normal", cell(row, "Billing"));
        assertTrue(cell(row, "Allowed").contains("ConfigureSyncJob"), cell(row, "Allowed"));

        // the clock panel stops and restarts emulator time
        browser.find("#clock-freeze").click();
        browser.await("the clock frozen", textToBePresentInElementLocated(By.id("clock-mode"), "frozen"));
        browser.find("#clock-freeze").click();
        browser.await("the clock running", textToBePresentInElementLocated(By.id("clock-mode"), "running ×1"));

        browser.find("#f-id").sendKeys(id);
        browser.await("only the job listed", textToBePresentInElementLocated(By.id("resource-count"), "1 of"));

        // then at a phone's width, where the table turns into cards
        browser.resize(Browser.PHONE);
        browser.await("the job's card", presenceOfElementLocated(By.cssSelector(row(id))));
        browser.screenshot(screenshot + "-phone");
        browser.resize(Browser.DESKTOP);
    }

    @Test
    void aPausedJobTurnsFailedAfterSevenDaysClickedInTheUi() throws Exception {
        String id = running();
        dts.PauseSyncJob(forJob(new PauseSyncJobRequest(), id));

        browser.open(dashboard + "/#/resource/" + id);
        browser.await("the job paused", textToBePresentInElementLocated(status(), "Paused"));
        WebElement week = browser.find(".clock-buttons button[data-seconds='604800']");
        new Actions(browser.driver()).moveToElement(week).perform();
        browser.await("the preview names the rule", textToBePresentInElementLocated(By.id("preview"), "PausedTooLong"));
        assertTrue(browser.find("#preview").getText().contains(id + " rule PausedTooLong: Status → Failed"),
                browser.find("#preview").getText());
        browser.screenshot(screenshot + "-preview");

        week.click();
        browser.await("the job failed", textToBePresentInElementLocated(status(), "Failed"));
        assertEquals("Failed", describedStatus(id), "the SDK sees what the page shows");
    }

    @Test
    void aJobFailedFromItsPageResumesWithItsResumeButton() throws Exception {
        String id = running();

        failAndResumeOnItsPage(id);
        browser.await("the call's answer", textToBePresentInElementLocated(By.id("action-result"), "ResumeSyncJob: OK"));
        browser.await("the job running", textToBePresentInElementLocated(status(), "Running"));
        assertEquals("Running", describedStatus(id), "the SDK sees what the page shows");

        browser.resize(Browser.PHONE);
        browser.await("the page at a phone's width", elementToBeClickable(By.cssSelector("button[data-action='PauseSyncJob']")));
        browser.screenshot(screenshot + "-phone");
        browser.resize(Browser.DESKTOP);
    }

    @Test
    void theCallsShowInTheJournalView() throws Exception {
        String id = running();

        failAndResumeOnItsPage(id);
        WebElement requestId = browser.await("the call's RequestId",
                presenceOfElementLocated(By.cssSelector("#action-result a")));
        String resumed = requestId.getText();
        requestId.click();

        WebElement row = browser.await("the resume call in the journal", presenceOfElementLocated(
                By.cssSelector("tr[data-request-id='" + resumed + "']")));
        browser.await("it is highlighted", attributeContains(row, "class", "highlight"));
        assertEquals("dts.ResumeSyncJob", cell(row, "Action"));
        assertEquals("OK", cell(row, "Code"));
        assertTrue(cell(row, "Latency").matches("\\d+ ms"), cell(row, "Latency"));
        assertTrue(cell(row, "Resources").contains(id), cell(row, "Resources"));
        // the SDK's calls are there too, and the action filter finds them
        browser.find("#j-action").sendKeys("StartSyncJob");
        browser.await("only start calls listed", d -> d.findElements(By.cssSelector("#journal-rows tr")).stream()
                .allMatch(r -> cell(r, "Action").equals("dts.StartSyncJob")));
        browser.await("the SDK's start call", presenceOfElementLocated(By.xpath(
                "//tr[td[@data-label='Resources']/a[text()='" + id + "']][td[@data-label='Action'][text()='dts.StartSyncJob']]")));
    }

    /** Opens the job's page, fails it with the admin button and clicks the ResumeSyncJob button that then shows. */
    private void failAndResumeOnItsPage(String id) {
        browser.open(dashboard + "/#/resource/" + id);
        browser.await("the fail button", elementToBeClickable(By.cssSelector("button[data-admin='fail']"))).click();
        browser.await("the job in error", textToBePresentInElementLocated(status(), "ResumableErr"));
        browser.await("the resume button", elementToBeClickable(By.cssSelector("button[data-action='ResumeSyncJob']"))).click();
    }

    /** A job bought, configured, checked and started through the SDK; every step is immediate. */
    private static String running() throws Exception {
        String id = dts.CreateSyncJob(purchase("PostPay")).getJobIds()[0];
        dts.ConfigureSyncJob(configuration(id));
        dts.CreateCheckSyncJob(forJob(new CreateCheckSyncJobRequest(), id));
        dts.StartSyncJob(forJob(new StartSyncJobRequest(), id));
        assertEquals("Running", describedStatus(id));
        return id;
    }

    private static String describedStatus(String id) throws Exception {
        DescribeSyncJobsRequest request = new DescribeSyncJobsRequest();
        request.setJobId(id);
        return dts.DescribeSyncJobs(request).getJobList()[0].getStatus();
    }

    private static String row(String id) {
        return "tr[data-id='" + id + "']";
    }

    private static By status() {
        return By.cssSelector("#resource-summary dd[data-dimension='Status']");
    }

    private static String cell(WebElement row, String label) {
        return row.findElement(By.cssSelector("td[data-label='" + label + "']")).getText().trim();
    }
}
