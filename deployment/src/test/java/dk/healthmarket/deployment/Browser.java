package dk.healthmarket.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium, driven offline: nothing is downloaded, no name is looked up. */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String base;
    private final Path profile;

    Browser(String base) throws IOException {
        this.base = base;
        this.profile = Files.createTempDirectory("chromium-profile");
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        var options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    void open(String path) {
        driver.get(base + path);
    }

    void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks something that submits or navigates, and waits until its page has been replaced. */
    void clickAndWait(String id) {
        WebElement element = driver.findElement(By.id(id));
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> gone(element));
    }

    /** ChromeDriver reports an element of a replaced page either as stale or as not in the document. */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException replaced) {
            return true;
        }
    }

    /**
     * Picks an option of a PrimeFaces selectOneMenu by its label. A click that lands while the panel
     * is still opening can be lost; like a person, the browser then opens it and clicks again.
     */
    void choose(String menuId, String label) {
        By item = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
        for (int attempt = 1; ; attempt++) {
            var wait = new WebDriverWait(driver, Duration.ofSeconds(5));
            if (!driver.findElement(By.id(menuId + "_panel")).isDisplayed()) {
                driver.findElement(By.id(menuId)).click();
            }
            wait.until(ExpectedConditions.elementToBeClickable(item)).click();
            try {
                wait.until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
                return;
            } catch (org.openqa.selenium.TimeoutException lost) {
                if (attempt == 3) {
                    throw lost;
                }
            }
        }
    }

    /** Waits until PrimeFaces has no Ajax request queued or running, as a person waits for the page to settle. */
    void awaitAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0));")));
    }

    /** Ticks the first box of a PrimeFaces checkbox or radio group whose option has this label. */
    void tick(String groupId, String label) {
        driver.findElement(By.xpath("//*[@id='" + groupId + "']//label[normalize-space()='" + label + "']")).click();
    }

    /** Moves a PrimeFaces wizard on (or back) and waits for the step to be answered. */
    void wizard(String wizardId, String direction) {
        driver.findElement(By.cssSelector("[id='" + wizardId + "_" + direction + "']")).click();
        awaitAjax();
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    boolean present(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    WebDriver driver() {
        return driver;
    }

    void logIn(String email, String password) {
        open("/login.xhtml");
        type("login:email", email);
        type("login:password", password);
        clickAndWait("login:submit");
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        WorkFolder.delete(profile);
    }
}
