package cymru.llais.concerns.boundary;

import cymru.llais.testing.Browser;
import cymru.llais.testing.Http;
import cymru.llais.testing.Mailbox;
import cymru.llais.testing.PortalDeployment;
import cymru.llais.testing.Residents;
import cymru.llais.testing.TestServers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.awt.image.BufferedImage;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff work their inbox and write outcomes, a councillor moderates, the administrator's pages, and a household
 * votes with the keyboard, in a real browser; every page is checked with axe-core in both languages.
 */
@ExtendWith({TestServers.class, ArquillianExtension.class})
@RunAsClient
class StaffBrowserIT extends BrowserJourneys {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }


    @Test
    void staffSignInAndWorkTheirInboxInBothLanguagesOnAccessiblePages() {
        driver.get(url("signin.xhtml?lang=cy"));
        assertAccessible();
        driver.findElement(By.id("email")).sendKeys("gweinyddwr@llais.example");
        driver.findElement(By.id("password")).sendKeys("Llais-demo-2026!");
        driver.findElement(By.id("signin-button")).click();
        waiting().until(ExpectedConditions.urlContains("/staff/inbox.xhtml"));
        assertEquals("Blwch derbyn", driver.findElement(By.tagName("h1")).getText());
        List<String> failures = new ArrayList<>();
        String concern = driver.findElement(By.cssSelector("table.inbox tbody th a")).getAttribute("href");
        for (String language : List.of("cy", "en")) {
            for (String page : List.of("staff/inbox.xhtml", "staff/inbox.xhtml?view=closed", concern.substring(concern.indexOf("staff/")),
                    "admin/index.xhtml", "admin/rules.xhtml", "admin/staff.xhtml", "staff/insight.xhtml",
                    "staff/insight.xhtml?authority=W06000015&category=fly-tipping", "staff/inbox.xhtml?view=all&category=fly-tipping")) {
                driver.get(url(page) + (page.contains("?") ? "&" : "?") + "lang=" + language);
                assertEquals(language, driver.findElement(By.tagName("html")).getAttribute("lang"), page);
                String violations = Browser.accessibilityViolations(driver);
                if (!violations.isEmpty()) {
                    failures.add(violations);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        signOut();
        driver.get(url("staff/inbox.xhtml"));
        assertTrue(driver.getCurrentUrl().contains("signin.xhtml"), "signed out");
    }

    @Test
    void aCouncillorModeratesAndTheAdministratorSeesWordsAndEscalationsOnAccessiblePagesInBothLanguages() {
        driver.get(url("signin.xhtml?lang=cy"));
        driver.findElement(By.id("email")).sendKeys("cynghorydd@llais.example");
        driver.findElement(By.id("password")).sendKeys("Llais-demo-2026!");
        driver.findElement(By.id("signin-button")).click();
        waiting().until(ExpectedConditions.urlContains("/councillor/queue.xhtml"));
        assertEquals("Ciw cymedroli", driver.findElement(By.tagName("h1")).getText());
        String item = driver.findElement(By.cssSelector("table#awaiting tbody th a")).getAttribute("href");
        item = item.substring(item.indexOf("councillor/"));

        driver.get(url(item) + "&lang=en");
        driver.findElement(By.id("escalation")).sendKeys("The lamp has been reported three times; please take it up with the council.");
        driver.findElement(By.id("escalate")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "escalated to the partnership administrator"));

        List<String> failures = new ArrayList<>();
        for (String language : List.of("cy", "en")) {
            for (String page : List.of("councillor/queue.xhtml", "councillor/queue.xhtml?tab=flagged",
                    "councillor/queue.xhtml?tab=duplicates", "councillor/queue.xhtml?tab=recent", item,
                    "councillor/proposals.xhtml")) {
                accessible(page, language, failures);
            }
        }
        signOut();

        driver.get(url("signin.xhtml?lang=en"));
        driver.findElement(By.id("email")).sendKeys("gweinyddwr@llais.example");
        driver.findElement(By.id("password")).sendKeys("Llais-demo-2026!");
        driver.findElement(By.id("signin-button")).click();
        waiting().until(ExpectedConditions.urlContains("/staff/inbox.xhtml"));
        String round = demoRoundId("Safer streets in Cathays");
        String collection = demoCollectionId();
        List<String> patterns = filteredAndGroupedPatterns(collection);
        for (String language : List.of("cy", "en")) {
            for (String page : List.of("admin/rounds.xhtml", "admin/round.xhtml?id=" + round, "staff/delivery.xhtml", "admin/letters.xhtml", "admin/collections.xhtml",
                    "admin/collection.xhtml?id=" + collection, "staff/stories.xhtml?collection=" + collection,
                    patterns.get(0), patterns.get(1), patterns.get(2), patterns.get(3),
                    "councillor/stories.xhtml", "admin/words.xhtml",
                    "admin/escalations.xhtml", "admin/staff.xhtml")) {
                accessible(page, language, failures);
            }
        }
        assertTrue(driver.findElement(By.cssSelector("table.accounts")).getText().contains("Dafydd Cynghorydd"));
        driver.get(url("admin/escalations.xhtml?lang=en"));
        assertTrue(driver.findElement(By.id("escalations")).getText().contains("please take it up with the council"));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void staffWriteAnOutcomeAndTheBoardAndItsPageAreAccessibleInBothLanguages() {
        driver.get(url("signin.xhtml?lang=en"));
        driver.findElement(By.id("email")).sendKeys("gweinyddwr@llais.example");
        driver.findElement(By.id("password")).sendKeys("Llais-demo-2026!");
        driver.findElement(By.id("signin-button")).click();
        waiting().until(ExpectedConditions.urlContains("/staff/inbox.xhtml"));
        String concern = driver.findElement(By.cssSelector("table.inbox tbody th a")).getAttribute("href");
        String form = "staff/outcome.xhtml?concern=" + concern.substring(concern.indexOf("id=") + 3);
        List<String> failures = new ArrayList<>();
        for (String language : List.of("cy", "en")) {
            for (String page : List.of("staff/outcomes.xhtml", form, "staff/outcome.xhtml?id=1")) {
                accessible(page, language, failures);
            }
            driver.get(url(form) + "&lang=" + language);
            driver.findElement(By.id("publish")).click();
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
            assertTrue(driver.findElement(By.id("responseCy-error")).getText().length() > 0, "refused beside the field");
            String violations = Browser.accessibilityViolations(driver);
            if (!violations.isEmpty()) {
                failures.add(violations);
            }
        }
        signOut();
        checkInBothLanguages(List.of("outcomes/index.xhtml", "outcomes/index.xhtml?ward=W05000857&period=year",
                "outcomes/view.xhtml?id=1", "outcomes/view.xhtml?id=2", "outcomes/index.xhtml?search=fridge%20lane",
                "outcomes/quarter.xhtml?ward=W05000857", "outcomes/quarter.xhtml?ward=W05000857&q=2020-Q1",
                "outcomes/quarter.xhtml?ward=W05000857&q=nonsense"), failures);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void aHouseholdVotesWithTheKeyboardInTheDemoRoundOnAccessibleBudgetingPagesInBothLanguages() {
        String round = demoRoundId("Safer streets in Cathays");
        List<String> failures = new ArrayList<>();
        String delivered = demoRoundId("Brighter Plasnewydd");
        String ideas = demoRoundId("Brighter evenings in Plasnewydd");
        checkInBothLanguages(List.of("budgeting/index.xhtml", "budgeting/round.xhtml?id=" + round,
                "budgeting/vote.xhtml?round=" + round, "budgeting/results.xhtml?round=" + round,
                "budgeting/results.xhtml?round=" + delivered, "budgeting/round.xhtml?id=" + delivered,
                "budgeting/round.xhtml?id=" + ideas), failures);

        driver.get(url("budgeting/vote.xhtml?round=" + round + "&lang=cy"));
        String before = driver.findElement(By.id("ballot-total")).getText();
        driver.findElement(By.cssSelector("#ballot-projects input[type=checkbox]")).sendKeys(Keys.SPACE);
        waiting().until(d -> !d.findElement(By.id("ballot-total")).getText().equals(before));
        assertTrue(driver.findElement(By.id("ballot-total")).getText().contains("£"), "the running total is in pounds");
        driver.findElement(By.id("code")).sendKeys("DEMA-PBCD-2349");
        driver.findElement(By.id("cast")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("vote-counted")));
        assertTrue(driver.findElement(By.id("vote-counted")).getText().contains("Mae eich pleidlais wedi’i chyfrif")
                || driver.findElement(By.id("vote-counted")).getText().contains("Mae eich pleidlais wedi'i chyfrif"),
                driver.findElement(By.id("vote-counted")).getText());
        assertFalse(driver.findElement(By.id("receipt-code")).getText().isBlank(), "a receipt code");
        String violations = Browser.accessibilityViolations(driver);
        if (!violations.isEmpty()) {
            failures.add(violations);
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
