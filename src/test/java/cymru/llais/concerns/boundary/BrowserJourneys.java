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
 * What the browser tests share: a real headless Chromium per test against the portal Arquillian deployed, axe-core
 * checks, sign-out, the demo's round and collection, links from e-mails. The journeys are split over two classes
 * ({@link ReportConcernBrowserIT}, residents; {@link StaffBrowserIT}, staff, councillors and a voting household) so
 * that the two integration-test JVMs run them at once.
 */
abstract class BrowserJourneys {

    static final Pattern REFERENCE = Pattern.compile("LL-\\d{4}-\\d{6}");
    static final Pattern LINK = Pattern.compile("https?://\\S+?/(account/(?:verify|reset)\\.xhtml\\?token=[A-Za-z0-9_-]+)&lang=(?:cy|en)");


    @ArquillianResource
    URL base;

    WebDriver driver;

    @BeforeEach
    void startBrowser() throws Exception {
        driver = Browser.start("en-GB");
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    String url(String path) {
        return base.toString() + path;
    }

    void assertAccessible() {
        String violations = Browser.accessibilityViolations(driver);
        assertTrue(violations.isEmpty(), violations);
    }

    /** Signs out and waits for the page that follows, so that the next request is not raced with the sign-out. */
    void signOut() {
        driver.findElement(By.id("signout-button")).click();
        waiting().until(d -> d.findElements(By.id("signout-button")).isEmpty());
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    int shares(String prefix) {
        int sum = 0;
        for (String corner : List.of("a", "b", "c")) {
            String value = driver.findElement(By.id(prefix + "-" + corner)).getAttribute("value");
            sum += value == null || value.isBlank() ? 0 : Integer.parseInt(value);
        }
        return sum;
    }

    /** The demo story collection, found by its prompt: other tests' collections share this database and its list. */
    /**
     * The demo collection's patterns narrowed to under-25s over the last month, two groups (under-25s and over-65s)
     * side by side on a triangle and on a slider, and the staff page of a story a dot opens; ids read from the page.
     */
    List<String> filteredAndGroupedPatterns(String collection) {
        String base = "staff/stories.xhtml?collection=" + collection;
        driver.get(url(base + "&lang=en"));
        List<WebElement> answers = driver.findElements(By.cssSelector("#filter-answer option"));
        List<WebElement> signifiers = driver.findElements(By.cssSelector("#compare-signifier option"));
        String under25 = answers.get(1).getAttribute("value");
        String over65 = answers.get(4).getAttribute("value");
        String story = driver.findElement(By.cssSelector("svg.ternary a")).getDomAttribute("href");
        return List.of(base + "&answer=" + under25 + "&from=" + java.time.LocalDate.now().minusDays(30) + "&to=" + java.time.LocalDate.now(),
                base + "&compare=" + signifiers.get(1).getAttribute("value") + "&first=" + under25 + "&second=" + over65,
                base + "&compare=" + signifiers.get(signifiers.size() - 1).getAttribute("value") + "&first=" + under25 + "&second=" + over65
                        + "&answer=" + under25,
                story.substring(story.indexOf("staff/story.xhtml")));
    }

    String demoCollectionId() {
        driver.get(url("stories/index.xhtml?lang=en"));
        String tell = driver.findElement(By.xpath("//li[contains(., 'Tell us about a time you felt safe or unsafe where you live')]"
                + "//a[contains(@href, 'tell.xhtml')]")).getAttribute("href");
        return tell.substring(tell.indexOf("collection=") + 11);
    }

    /** A demo round, found by its title: in a full run other tests' rounds share this database and its list. */
    String demoRoundId(String title) {
        driver.get(url("budgeting/index.xhtml?lang=en"));
        String page = driver.findElement(By.partialLinkText(title)).getAttribute("href");
        return page.substring(page.indexOf("id=") + 3);
    }

    void accessible(String page, String language, List<String> failures) {
        driver.get(url(page) + (page.contains("?") ? "&" : "?") + "lang=" + language);
        assertEquals(language, driver.findElement(By.tagName("html")).getAttribute("lang"), page);
        String violations = Browser.accessibilityViolations(driver);
        if (!violations.isEmpty()) {
            failures.add(violations);
        }
    }

    void checkInBothLanguages(List<String> paths, List<String> failures) {
        for (String language : List.of("cy", "en")) {
            for (String path : paths) {
                driver.get(url(path) + (path.contains("?") ? "&" : "?") + "lang=" + language);
                assertEquals(language, driver.findElement(By.tagName("html")).getAttribute("lang"), path);
                String violations = Browser.accessibilityViolations(driver);
                if (!violations.isEmpty()) {
                    failures.add(violations);
                }
            }
        }
    }

    /** The path (without its language) of the link in the newest e-mail to this address whose subject contains this. */
    static String linkInMail(String address, String subjectPart) throws Exception {
        for (int i = 0; i < 150; i++) {
            MimeMessage[] received = TestServers.mail().getReceivedMessages();
            for (int j = received.length - 1; j >= 0; j--) {
                MimeMessage m = received[j];
                for (Address to : m.getAllRecipients()) {
                    if (to.toString().equalsIgnoreCase(address) && m.getSubject().contains(subjectPart)) {
                        String text = (String) ((Multipart) m.getContent()).getBodyPart(0).getContent();
                        Matcher link = LINK.matcher(text);
                        assertTrue(link.find(), text);
                        return link.group(1);
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no e-mail to " + address + " with subject containing " + subjectPart);
    }
}
