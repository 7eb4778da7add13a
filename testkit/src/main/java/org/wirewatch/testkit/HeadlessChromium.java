package org.wirewatch.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through its own chromedriver, for tests of pages served on
 * loopback. Both binaries are taken from the machine ({@code /usr/bin/chromium}, {@code
 * /usr/bin/chromedriver}, or the system properties {@code wirewatch.chromium} and {@code
 * wirewatch.chromedriver}); Selenium Manager is never asked to find or download anything. A missing
 * browser fails the test with the command that installs it: a page test that skips silently proves
 * nothing.
 *
 * <p>Waits poll the page (up to {@link #DEFAULT_TIMEOUT} unless told) instead of sleeping. Each
 * instance has its own throw-away profile directory, deleted on {@link #close()}.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

    private static final String INSTALL_HINT = "apt-get install -y chromium chromium-driver";

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;
    private final Duration timeout;

    private HeadlessChromium(ChromeDriverService service, ChromeDriver driver, Path profile, Duration timeout) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
        this.timeout = timeout;
    }

    /** A 1600x1000 window, the size of a laptop screen. */
    public static HeadlessChromium start() {
        return start(1600, 1000);
    }

    public static HeadlessChromium start(int width, int height) {
        Path chromium = binary("wirewatch.chromium", "/usr/bin/chromium");
        Path chromedriver = binary("wirewatch.chromedriver", "/usr/bin/chromedriver");
        // Selenium reads these before it would consult Selenium Manager; with both set it never runs it.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chromedriver.toString());
        System.setProperty("webdriver.chrome.silentOutput", "true");
        Path profile = createProfile();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                // this machine's network is closed: without these Chromium keeps calling Google's hosts
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--no-default-browser-check",
                "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height,
                "--force-device-scale-factor=1",
                "--lang=en-GB");
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            return new HeadlessChromium(service, driver, profile, DEFAULT_TIMEOUT);
        } catch (RuntimeException e) {
            service.stop();
            deleteQuietly(profile);
            throw new IllegalStateException(
                    "could not start headless " + chromium + " through " + chromedriver
                            + " (are both from the same Chromium release? `" + INSTALL_HINT + "`)",
                    e);
        }
    }

    /** Loads {@code url} and waits until the document has finished loading. */
    public HeadlessChromium open(String url) {
        driver.get(url);
        until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return this;
    }

    /** Waits until an element matching {@code css} is in the page and visible, and returns it. */
    public WebElement waitFor(String css) {
        return new WebDriverWait(driver, timeout)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until an element matching {@code css} is in the page (visible or not), and returns it. */
    public WebElement waitForPresent(String css) {
        return new WebDriverWait(driver, timeout)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until the visible text of the first element matching {@code css} contains {@code text}. */
    public String waitForText(String css, String text) {
        new WebDriverWait(driver, timeout)
                .withMessage(() -> "no element " + css + " with text containing '" + text + "'")
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return textOf(css);
    }

    /** The visible text of the first element matching {@code css}, waiting for it to be visible. */
    public String textOf(String css) {
        return waitFor(css).getText();
    }

    /** Every element matching {@code css} now, without waiting. */
    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits until the element matching {@code css} can be clicked, then clicks it. */
    public HeadlessChromium click(String css) {
        new WebDriverWait(driver, timeout)
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)))
                .click();
        return this;
    }

    /** Waits until {@code condition} returns something other than null or false, and returns it. */
    public <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout).until(condition::apply);
    }

    /**
     * Runs {@code expression} in the page and returns its value, e.g. {@code
     * script("document.title")}. A bare expression is wrapped in {@code return (…)}; pass a body that
     * starts with {@code return} for several statements. {@code arguments[i]} are the {@code args}.
     */
    public Object script(String expression, Object... args) {
        String body = expression.strip().startsWith("return") ? expression : "return (" + expression + ");";
        return driver.executeScript(body, args);
    }

    /** Writes a PNG of the window to {@code file}, creating its folders; returns {@code file}. */
    public Path screenshot(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, file, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write screenshot " + file, e);
        }
    }

    /** The Selenium driver, for what this class does not wrap. */
    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static Path binary(String property, String fallback) {
        Path path = Path.of(System.getProperty(property, fallback));
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(path + " is missing: page tests need Debian's Chromium and its"
                    + " driver; install them with `" + INSTALL_HINT + "` (or point -D" + property
                    + " at another binary). Never let a test tool download its own browser.");
        }
        return path;
    }

    private static Path createProfile() {
        try {
            return Files.createTempDirectory("wirewatch-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a Chromium profile directory", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a profile left in the temp directory is harmless
        }
    }
}
