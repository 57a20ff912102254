package no.abctracker.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (nothing is downloaded): a fresh
 * profile per browser, a window of a given size, and the checks every page gets — axe-core
 * accessibility rules (serious and critical violations fail the test) and, when {@code
 * -Dabc.screenshots=DIR} is given, screenshots for the README.
 */
public final class Browser implements AutoCloseable {

  public static final String CHROMIUM = "/usr/bin/chromium";
  public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private final ChromeDriver driver;
  private final Path profile;
  private final URL base;

  private Browser(URL base, int width, int height) {
    if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
      throw new IllegalStateException(
          "Browser tests need Debian's Chromium: apt-get install -y chromium chromium-driver"
              + " (.ci/run does this)");
    }
    try {
      profile = Files.createTempDirectory("abc-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--lang=nb-NO",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(width, height));
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    this.base = base;
  }

  /** A desktop browser (1280 × 900). */
  public static Browser desktop(URL base) {
    return new Browser(base, 1280, 900);
  }

  /** A phone-sized browser: 360 px wide, as the smallest common Android phones. */
  public static Browser phone(URL base) {
    return new Browser(base, 360, 740);
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Opens a path of the application (relative to its context root). */
  public Browser open(String path) {
    driver.get(url(path));
    return this;
  }

  public String url(String path) {
    String root = base.toString().endsWith("/") ? base.toString() : base + "/";
    return root + (path.startsWith("/") ? path.substring(1) : path);
  }

  public WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  public List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  public String text(String css) {
    return find(css).getText();
  }

  public String bodyText() {
    return find("body").getText();
  }

  /** Clicks and waits for the next page to load. */
  public Browser clickAndWait(String css) {
    WebElement element = find(css);
    element.click();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d -> {
              try {
                element.isEnabled();
                return false;
              } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
              } catch (org.openqa.selenium.WebDriverException gone) {
                // mid-navigation (a redirect after the post) Chromium may answer "Node with given
                // id does not belong to the document" instead of a stale element: gone as well
                return String.valueOf(gone.getMessage())
                    .contains("does not belong to the document");
              }
            });
    return this;
  }

  public Browser type(String css, String text) {
    WebElement input = find(css);
    input.clear();
    input.sendKeys(text);
    return this;
  }

  /** Logs in with the login form (from wherever the browser is). */
  public Browser login(String username, String password) {
    open("login.xhtml");
    type("#login\\:username", username);
    type("#login\\:password", password);
    return clickAndWait("#login\\:submit");
  }

  public Browser logout() {
    return clickAndWait("#signout\\:button");
  }

  public String lang() {
    return find("html").getAttribute("lang");
  }

  public Object script(String js, Object... args) {
    return driver.executeScript(js, args);
  }

  /**
   * Runs axe-core's WCAG 2.1 A/AA rules on the page and fails on any serious or critical violation,
   * naming the rule and the elements.
   */
  public Browser assertAccessible(String page) {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
            .analyze(driver);
    List<Rule> severe =
        results.getViolations().stream()
            .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
            .toList();
    assertThat(severe)
        .as(
            "axe-core violations on "
                + page
                + ": "
                + severe.stream()
                    .map(
                        r ->
                            r.getId()
                                + " ("
                                + r.getImpact()
                                + ") "
                                + r.getHelp()
                                + " at "
                                + r.getNodes().stream()
                                    .map(n -> String.valueOf(n.getTarget()))
                                    .collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("; ")))
        .isEmpty();
    return this;
  }

  /** Saves a screenshot as {@code name}.png when {@code -Dabc.screenshots=DIR} is set. */
  public Browser screenshot(String name) {
    String dir = System.getProperty("abc.screenshots");
    if (dir == null || dir.isBlank()) {
      return this;
    }
    try {
      Path target = Path.of(dir).resolve(name + ".png");
      Files.createDirectories(target.getParent());
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          target,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Turns the browser cache off, so that every response is counted as transferred. */
  public Browser withoutCache() {
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
    return this;
  }

  /**
   * Bytes transferred for the current page: the document and every resource it loaded, headers
   * included, as the Resource Timing API reports them.
   */
  public long transferredBytes() {
    Object total =
        script(
            "return performance.getEntriesByType('navigation')"
                + ".concat(performance.getEntriesByType('resource'))"
                + ".reduce((sum, e) => sum + e.transferSize, 0);");
    return ((Number) total).longValue();
  }

  /** How many resources (besides the document) the current page loaded. */
  public long resourceCount() {
    return ((Number) script("return performance.getEntriesByType('resource').length;")).longValue();
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        System.err.println("Could not remove the browser profile " + profile + ": " + e);
      }
    }
  }
}
