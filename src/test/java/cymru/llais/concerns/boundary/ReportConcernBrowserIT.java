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
 * A resident reports a concern in a real browser, in Welsh and in English, and finds it again; signs up,
 * confirms the address, resets the password and uses their account's pages; tells a story with the keyboard.
 * Every page is checked with axe-core in both languages.
 */
@ExtendWith({TestServers.class, ArquillianExtension.class})
@RunAsClient
class ReportConcernBrowserIT extends BrowserJourneys {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }


    @Test
    void aResidentReportsAConcernInWelshFindsItAndSwitchesToEnglishOnTheSamePage() {
        driver.get(url("?lang=cy"));
        assertEquals("cy", driver.findElement(By.tagName("html")).getAttribute("lang"));
        driver.findElement(By.linkText("Rhoi gwybod am bryder")).click();
        assertAccessible();

        new Select(driver.findElement(By.id("category"))).selectByVisibleText("Goryrru a diogelwch ar y ffyrdd");
        new Select(driver.findElement(By.id("ward"))).selectByVisibleText("Y Sblot");
        driver.findElement(By.id("locationText")).sendKeys("Heol Sblot, ger y parc");
        String text = "Mae ceir yn gyrru’n gyflym iawn ar hyd Heol Sblot bob nos, ac mae plant yn croesi yma.";
        driver.findElement(By.id("description")).sendKeys(text);
        assertTrue(driver.findElement(By.id("languageCy")).isSelected(), "Welsh pages assume a Welsh report");
        driver.findElement(By.id("submit")).click();

        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".panel-success")));
        String thanks = driver.findElement(By.cssSelector(".panel-success")).getText();
        assertTrue(thanks.contains("Diolch"), thanks);
        Matcher m = REFERENCE.matcher(thanks);
        assertTrue(m.find(), thanks);
        String reference = m.group();
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("Pryder " + reference));
        WebElement description = driver.findElement(By.cssSelector(".resident-text"));
        assertEquals(text, description.getText());
        assertEquals("cy", description.getAttribute("lang"));
        assertTrue(driver.getPageSource().contains("Wedi dod i law"));
        assertAccessible();

        driver.findElement(By.linkText("Y Sblot")).click();
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("Y Sblot"));
        assertTrue(driver.findElement(By.cssSelector(".concern-list")).getText().contains(reference),
                "the new concern is in its ward's list");
        assertAccessible();

        driver.findElement(By.partialLinkText(reference.equals("") ? "x" : "Goryrru")).click();
        driver.findElement(By.cssSelector("a.language-switch")).click();
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(driver.getCurrentUrl().contains("ref=" + reference), driver.getCurrentUrl());
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("Concern " + reference));
        assertEquals(text, driver.findElement(By.cssSelector(".resident-text")).getText(), "resident text stays as written");
        assertTrue(driver.getPageSource().contains("This was written in Welsh."));
    }

    @Test
    void aResidentReportsAConcernInEnglishWithAPinAndAPhoto() throws Exception {
        driver.get(url("concerns/report.xhtml?lang=en"));
        new Select(driver.findElement(By.id("category"))).selectByVisibleText("Fly-tipping and litter");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("report-map")));
        driver.findElement(By.id("pin-centre")).click();
        assertTrue(driver.findElement(By.id("pin-status")).getText().contains("A pin is on the map"));
        assertFalse(driver.findElement(By.id("latitude")).getAttribute("value").isEmpty());
        driver.findElement(By.id("description")).sendKeys("A mattress and bags of rubbish dumped at the corner of the lane.");
        Path photo = Files.createTempFile("llais-photo", ".png");
        javax.imageio.ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        driver.findElement(By.id("photo")).sendKeys(photo.toAbsolutePath().toString());
        driver.findElement(By.id("email")).sendKeys("resident@example.org");
        driver.findElement(By.id("submit")).click();

        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".panel-success")));
        String page = driver.getPageSource();
        assertTrue(page.contains("Thank you: we have your report"));
        assertFalse(page.contains("resident@example.org"), "the e-mail address is never shown");
        assertTrue(driver.findElement(By.cssSelector(".concern-photo img")).isDisplayed());
        assertTrue(driver.findElements(By.id("concern-map")).size() == 1);
        assertAccessible();
        Matcher m = REFERENCE.matcher(driver.findElement(By.tagName("h1")).getText());
        assertTrue(m.find());

        driver.findElement(By.linkText("Concerns near you")).click();
        new Select(driver.findElement(By.id("filter-category"))).selectByVisibleText("Fly-tipping and litter");
        driver.findElement(By.cssSelector(".filters button")).click();
        assertTrue(driver.findElement(By.cssSelector(".concern-list")).getText().contains(m.group()),
                "the new concern is first in the filtered list");
        driver.findElement(By.partialLinkText("Fly-tipping and litter")).click();
        assertTrue(driver.getCurrentUrl().contains("ref=" + m.group()), driver.getCurrentUrl());
    }

    @Test
    void mistakesAreExplainedBesideEachFieldInWelsh() {
        driver.get(url("concerns/report.xhtml?lang=cy"));
        driver.findElement(By.id("description")).sendKeys("byr");
        driver.findElement(By.id("submit")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertTrue(driver.findElement(By.id("category-error")).getText().contains("Dewiswch gategori."));
        assertTrue(driver.findElement(By.id("ward-error")).getText().contains("Rhowch bin ar y map neu dewiswch y ward."));
        assertTrue(driver.findElement(By.id("description-error")).getText().contains("o leiaf 10 nod"));
        assertEquals("byr", driver.findElement(By.id("description")).getAttribute("value"), "what was typed is kept");
        assertAccessible();
    }

    @Test
    void theReporterOfASensitiveConcernSeesTheSafeguardingPanelAndThePublicSeesNothing() {
        driver.get(url("concerns/report.xhtml?lang=cy"));
        new Select(driver.findElement(By.id("category"))).selectByVisibleText("Cam-drin domestig");
        new Select(driver.findElement(By.id("ward"))).selectByVisibleText("Cathays");
        String secret = "Rwy’n clywed gweiddi drws nesaf bob nos ac rwy’n poeni amdani. MARCIWR-" + System.nanoTime();
        driver.findElement(By.id("description")).sendKeys(secret);
        driver.findElement(By.id("submit")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".safeguarding")));
        String panel = driver.findElement(By.cssSelector(".safeguarding")).getText();
        assertTrue(panel.contains("999") && panel.contains("101") && panel.contains("0808 80 10 800"), panel);
        assertTrue(panel.contains("Mewn argyfwng, ffoniwch 999."), panel);
        assertFalse(driver.getPageSource().contains("MARCIWR-"), "even the reporter's page does not repeat the text");
        Matcher m = REFERENCE.matcher(driver.findElement(By.tagName("h1")).getText());
        assertTrue(m.find());
        assertAccessible();

        driver.manage().deleteAllCookies();
        driver.get(url("concerns/view.xhtml?ref=" + m.group()));
        assertTrue(driver.getPageSource().contains("Page not found") || driver.getPageSource().contains("Heb ddod o hyd"));
        driver.get(url("concerns/index.xhtml?ward=W05000857&lang=en"));
        assertFalse(driver.getPageSource().contains(m.group()));
        assertTrue(driver.findElement(By.cssSelector(".panel-info")).getText().contains("sensitive"));
    }

    @Test
    void aResidentTellsAndSignifiesAStoryInWelshWithTheKeyboardAlone() {
        String collection = demoCollectionId();
        List<String> failures = new ArrayList<>();
        checkInBothLanguages(List.of("stories/index.xhtml", "stories/collection.xhtml?id=" + collection,
                "stories/tell.xhtml?collection=" + collection), failures);

        driver.get(url("stories/tell.xhtml?collection=" + collection + "&lang=cy"));
        assertEquals("cy", driver.findElement(By.tagName("html")).getAttribute("lang"));
        driver.findElement(By.id("story-title")).sendKeys("Golau newydd ger y parc");
        driver.findElement(By.id("story-text")).sendKeys("Ers i’r cyngor osod golau newydd, rwy’n cerdded adref drwy’r parc heb boeni.");
        driver.findElement(By.id("story-lang-cy")).sendKeys(Keys.SPACE);
        List<WebElement> triads = driver.findElements(By.cssSelector("fieldset.triad"));
        assertFalse(triads.isEmpty(), "the demo collection has triads");
        for (WebElement triad : triads) {
            String prefix = triad.getAttribute("data-prefix");
            WebElement a = driver.findElement(By.id(prefix + "-a"));
            a.sendKeys(Keys.chord(Keys.CONTROL, "a"), "60", Keys.TAB);
            // the other two shares follow, so the three always make 100
            waiting().until(d -> shares(prefix) == 100 && "60".equals(d.findElement(By.id(prefix + "-a")).getAttribute("value")));
            assertTrue(driver.findElement(By.id(prefix + "-sum")).getText().contains("100"), "the sum is read out");
        }
        for (WebElement dyad : driver.findElements(By.cssSelector(".dyad input[type=range]"))) {
            String before = dyad.getAttribute("value");
            dyad.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
            assertFalse(before.equals(dyad.getAttribute("value")), "the slider moves with the arrow keys");
        }
        driver.findElements(By.cssSelector("input[type=radio][id^='context-']:not([id$='-none'])")).stream()
                .filter(r -> r.getAttribute("id").matches("context-\\d+-\\d+"))
                .collect(java.util.stream.Collectors.toMap(r -> r.getAttribute("name"), r -> r, (first, later) -> first))
                .values().forEach(r -> r.sendKeys(Keys.SPACE));
        driver.findElement(By.id("consent")).sendKeys(Keys.SPACE);
        driver.findElement(By.id("tell")).sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("thanks")));
        assertEquals("cy", driver.findElement(By.tagName("html")).getAttribute("lang"));
        String violations = Browser.accessibilityViolations(driver);
        if (!violations.isEmpty()) {
            failures.add(violations);
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyPublicPageIsAccessibleInBothLanguages() {
        List<String> failures = new ArrayList<>();
        driver.get(url("api/concerns"));
        Matcher m = REFERENCE.matcher(driver.getPageSource());
        assertTrue(m.find(), "demo data has public concerns");
        String reference = m.group();
        for (String language : List.of("cy", "en")) {
            for (String path : List.of("", "concerns/report.xhtml", "concerns/index.xhtml", "concerns/index.xhtml?ward=W05000857",
                    "concerns/index.xhtml?page=2", "concerns/view.xhtml?ref=" + reference, "no-such-page.xhtml", "signin.xhtml",
                    "error/expired.xhtml", "error/500.xhtml", "open-data/index.xhtml")) {
                driver.get(url(path) + (path.contains("?") ? "&" : "?") + "lang=" + language);
                assertEquals(language, driver.findElement(By.tagName("html")).getAttribute("lang"), path);
                String violations = Browser.accessibilityViolations(driver);
                if (!violations.isEmpty()) {
                    failures.add(violations);
                }
                WebElement toggle = driver.findElement(By.cssSelector("a.language-switch"));
                assertEquals(language.equals("cy") ? "en" : "cy", toggle.getAttribute("hreflang"), path);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void aResidentSignsUpConfirmsResetsAndUsesTheirAccountOnAccessiblePagesInBothLanguages() throws Exception {
        List<String> failures = new ArrayList<>();
        checkInBothLanguages(List.of("account/signup.xhtml", "account/signup.xhtml?sent=1", "account/forgot.xhtml",
                "account/forgot.xhtml?sent=1", "account/resend.xhtml", "account/resend.xhtml?sent=1",
                "account/verify.xhtml?token=no-such-link", "account/reset.xhtml?token=no-such-link"), failures);

        driver.get(url("account/signup.xhtml?lang=cy"));
        driver.findElement(By.id("signup-button")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertFalse(driver.findElement(By.id("email-error")).getText().isBlank(), "the mistake is explained beside the field");
        assertAccessible();

        String email = "porwr-" + System.nanoTime() + "@example.org";
        String password = "Cyfrinair hir y porwr 7";
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("passwordAgain")).sendKeys(password);
        assertTrue(driver.findElement(By.id("languageCy")).isSelected(), "a Welsh page assumes Welsh e-mails");
        driver.findElement(By.id("signup-button")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signup-sent")));
        assertAccessible();

        String verify = linkInMail(email, "Dilyswch");
        checkInBothLanguages(List.of(verify), failures);
        driver.get(url(verify) + "&lang=cy");
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("verify-button")).click();
        waiting().until(ExpectedConditions.urlContains("/account/concerns.xhtml"));
        assertEquals("cy", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertAccessible();

        driver.get(url("api/concerns"));
        Matcher m = REFERENCE.matcher(driver.getPageSource());
        assertTrue(m.find(), "demo data has public concerns");
        driver.get(url("concerns/view.xhtml?ref=" + m.group() + "&lang=en"));
        driver.findElement(By.id("follow-button")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("unfollow-button")));
        assertAccessible();
        String ideas = demoRoundId("Brighter evenings in Plasnewydd");
        checkInBothLanguages(List.of("account/index.xhtml", "account/concerns.xhtml", "account/subscriptions.xhtml",
                "concerns/view.xhtml?ref=" + m.group(), "account/address.xhtml", "budgeting/propose.xhtml?round=" + ideas), failures);
        driver.get(url("account/subscriptions.xhtml?lang=en"));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains(m.group()), "the followed concern is listed");

        driver.get(url("account/index.xhtml?lang=en"));
        driver.findElement(By.id("change-password")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertAccessible();
        signOut();
        driver.get(url("account/index.xhtml"));
        assertTrue(driver.getCurrentUrl().contains("signin.xhtml"), "signed out");

        driver.get(url("account/forgot.xhtml?lang=cy"));
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("forgot-button")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("forgot-sent")));
        String reset = linkInMail(email, "Ailosod");
        checkInBothLanguages(List.of(reset), failures);
        driver.get(url(reset) + "&lang=en");
        driver.findElement(By.id("password")).sendKeys("Cyfrinair newydd y porwr 8");
        driver.findElement(By.id("passwordAgain")).sendKeys("Cyfrinair gwahanol 9");
        driver.findElement(By.id("reset-button")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertAccessible();

        driver.get(url("signin.xhtml?lang=en"));
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("signin-button")).click();
        waiting().until(ExpectedConditions.urlContains("/account/concerns.xhtml"));
        assertEquals("cy", driver.findElement(By.tagName("html")).getAttribute("lang"), "in the account's language");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void aResidentSubscribesToAWardAndAnEmailsUnsubscribeLinkWorksOnAccessiblePagesInBothLanguages() throws Exception {
        List<String> failures = new ArrayList<>();
        String email = "tanysgrifiwr-" + System.nanoTime() + "@example.org";
        Residents.verified(base.toString(), email, "cy");
        driver.get(url("signin.xhtml?lang=cy"));
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(Residents.PASSWORD);
        driver.findElement(By.id("signin-button")).click();
        waiting().until(ExpectedConditions.urlContains("/account/"));

        driver.get(url("account/subscriptions.xhtml?lang=cy"));
        driver.findElement(By.id("subscribe-button")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertFalse(driver.findElement(By.id("ward-error")).getText().isBlank(), "the mistake is explained beside the field");
        assertAccessible();
        new Select(driver.findElement(By.id("ward"))).selectByValue("W05000857");
        new Select(driver.findElement(By.id("frequency"))).selectByValue("DAILY");
        driver.findElement(By.id("subscribe-button")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("my-ward-subscriptions")));
        assertAccessible();
        checkInBothLanguages(List.of("account/subscriptions.xhtml", "unsubscribe.xhtml?token=no-such-link"), failures);

        String reporter = "gohebydd-" + System.nanoTime() + "@example.org";
        Http api = new Http(base.toString());
        String body = jakarta.json.Json.createObjectBuilder().add("category", "fly-tipping").add("lat", 51.4905).add("lon", -3.1745)
                .add("description", "Bags of garden waste left by the allotment gate.").add("language", "en").add("email", reporter)
                .build().toString();
        Matcher created = REFERENCE.matcher(api.postJson("api/concerns", body).body());
        assertTrue(created.find());
        long id;
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(TestServers.database().jdbcUrl(),
                cymru.llais.testing.EmbeddedMariaDb.USER, cymru.llais.testing.EmbeddedMariaDb.PASSWORD);
             var q = db.prepareStatement("SELECT id FROM concern WHERE reference = ?")) {
            q.setString(1, created.group());
            var rs = q.executeQuery();
            assertTrue(rs.next());
            id = rs.getLong(1);
        }
        Http admin = new Http(base.toString());
        assertTrue(cymru.llais.testing.Faces.signIn(admin, "gweinyddwr@llais.example", "Llais-demo-2026!"));
        cymru.llais.testing.Faces.submit(admin, "staff/concern.xhtml?id=" + id + "&lang=en", "quick", "acknowledge");
        String unsubscribe = null;
        Pattern link = Pattern.compile("https?://\\S+?/(unsubscribe\\.xhtml\\?token=[A-Za-z0-9_-]+)&lang=cy");
        for (int i = 0; i < 150 && unsubscribe == null; i++) {
            for (MimeMessage m : TestServers.mail().getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equalsIgnoreCase(reporter) && m.getSubject().contains(created.group() + ": Wedi")) {
                    Matcher found = link.matcher((String) ((Multipart) m.getContent()).getBodyPart(0).getContent());
                    assertTrue(found.find());
                    unsubscribe = found.group(1);
                }
            }
            Thread.sleep(100);
        }
        assertTrue(unsubscribe != null, "the reporter was told the concern is acknowledged");
        checkInBothLanguages(List.of(unsubscribe), failures);
        driver.get(url(unsubscribe) + "&lang=cy");
        driver.findElement(By.id("unsubscribe-button")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("unsubscribed")));
        assertAccessible();
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void aResidentErasesTheirAccountAndAnAdministratorCarriesOutAnErasureRequestOnAccessiblePagesInBothLanguages() throws Exception {
        List<String> failures = new ArrayList<>();
        String email = "fy-nata-" + System.nanoTime() + "@example.org";
        Residents.verified(base.toString(), email, "cy");
        driver.get(url("signin.xhtml?lang=cy"));
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(Residents.PASSWORD);
        driver.findElement(By.id("signin-button")).click();
        waiting().until(ExpectedConditions.urlContains("/account/concerns.xhtml"));
        checkInBothLanguages(List.of("account/data.xhtml"), failures);

        driver.get(url("account/data.xhtml?lang=cy"));
        driver.findElement(By.id("erase-button")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertFalse(driver.findElement(By.id("mode-error")).getText().isBlank(), "the missing choice is explained beside it");
        assertAccessible();
        driver.findElement(By.id("modeAnonymise")).click();
        driver.findElement(By.id("password")).sendKeys(Residents.PASSWORD);
        driver.findElement(By.id("erase-button")).click();
        waiting().until(ExpectedConditions.urlContains("/erased.xhtml"));
        assertEquals("Mae eich cyfrif wedi’i ddileu", driver.findElement(By.tagName("h1")).getText());
        checkInBothLanguages(List.of("erased.xhtml"), failures);

        // someone without an account asks the partnership to erase what they reported
        String reporter = "heb-gyfrif-" + System.nanoTime() + "@example.org";
        new Http(base.toString()).postJson("api/concerns", "{\"category\":\"street-lighting\",\"ward\":\"W05000857\","
                + "\"description\":\"Mae’r golau ar y gornel wedi diffodd ers dyddiau.\",\"language\":\"cy\",\"email\":\"" + reporter + "\"}");
        driver.get(url("signin.xhtml?lang=en"));
        driver.findElement(By.id("email")).sendKeys("gweinyddwr@llais.example");
        driver.findElement(By.id("password")).sendKeys("Llais-demo-2026!");
        driver.findElement(By.id("signin-button")).click();
        waiting().until(ExpectedConditions.urlContains("/staff/inbox.xhtml"));
        driver.get(url("admin/erasure.xhtml?lang=en"));
        driver.findElement(By.id("send")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertAccessible();
        driver.findElement(By.id("email")).sendKeys(reporter);
        driver.findElement(By.id("mode")).click();
        driver.findElement(By.id("send")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertTrue(driver.findElement(By.id("erasures")).getText().contains("Waiting for confirmation"));
        checkInBothLanguages(List.of("admin/erasure.xhtml"), failures);
        signOut();

        String link = Mailbox.linkIn(Mailbox.mailTo(reporter, "Cadarnhewch")).replace("&lang=cy", "");
        checkInBothLanguages(List.of(link, "erasure.xhtml?token=no-such-link"), failures);
        driver.get(url(link) + "&lang=cy");
        driver.findElement(By.id("confirm-button")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("erased")));
        assertAccessible();
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
