package cymru.llais.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Debian's headless Chromium through its chromedriver, kept on loopback: every host name but
 * localhost resolves to nothing, so the browser cannot reach any other address.
 */
public final class Browser {

    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Browser() {
    }

    public static WebDriver start(String acceptLanguage) throws IOException {
        String binary = System.getProperty("llais.chromium", "/usr/bin/chromium");
        String driverPath = System.getProperty("llais.chromedriver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--disable-extensions", "--window-size=1280,1000",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
                "--lang=" + acceptLanguage,
                "--user-data-dir=" + Files.createTempDirectory("llais-chromium").toAbsolutePath());
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguage));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driverPath))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Runs axe-core on the current page against WCAG 2.2 AA and describes every violation, or returns an empty string. */
    public static String accessibilityViolations(WebDriver driver) {
        // legacy mode: axe runs in the page itself instead of first opening a blank window to isolate frames (the
        // portal's pages have no frames); opening that window timed out in Chromium's renderer on a loaded machine
        // ("switchToWindow failed ... Timed out receiving message from renderer")
        Results results = new AxeBuilder().withTags(WCAG_TAGS).setLegacyMode(true).analyze(driver);
        List<Rule> violations = results.getViolations();
        if (violations.isEmpty()) {
            return "";
        }
        return driver.getCurrentUrl() + ":\n" + violations.stream()
                .map(v -> "  " + v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
