package org.zongzhi.casehandling.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium as a Chinese user in China sees it: zh-CN, Asia/Shanghai. Uses the
 * installed chromedriver (no download); paths can be changed with -Dbrowser.chromium and
 * -Dbrowser.chromedriver.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final String baseUrl;

    Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver")).toFile())
                .withEnvironment(Map.of("TZ", "Asia/Shanghai", "LANGUAGE", "zh_CN"))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("browser.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1440,900", "--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        driver = new ChromeDriver(service, options);
    }

    WebDriver driver() {
        return driver;
    }

    /** Resizes the window, e.g. taller so that one screenshot shows a whole task form. */
    Browser windowSize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        return this;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Waits, looking again when Tasklist or form-js re-rendered what was found (a stale element). */
    WebDriverWait waitUpTo(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Logs in on any of the Camunda webapps' login forms (their inputs have no name or id). */
    void logIn(String user, String password) {
        // The first page of a JVM's first browser takes long on a busy two-core machine.
        WebDriverWait wait = waitUpTo(Duration.ofSeconds(60));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                .sendKeys(user);
        driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type='submit']")).click();
    }

    /**
     * Waits until the element is clickable, then clicks it. The field being typed in is left
     * first: form-js resizes a text area when it loses focus, which scrolls Tasklist's task pane
     * and moves the button away between mouse-down and mouse-up, so the click would be lost.
     */
    void click(By locator) {
        ((JavascriptExecutor) driver).executeScript("document.activeElement && document.activeElement.blur()");
        WebElement element = waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(locator));
        scrollToCentre(element);
        element.click();
    }

    /** Tasklist's header and footer overlay the top and bottom lines of the page; a click there would miss. */
    void scrollToCentre(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    /** Clicks a control that another layer covers (e.g. a diagram canvas), as a pointer click would miss it. */
    void clickUnderOverlay(By locator) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", driver.findElement(locator));
    }

    /** Waits until an element stops moving (an animation, e.g. a diagram zooming to fit). */
    void waitUntilStill(By locator) {
        Rectangle[] last = {null};
        waitUpTo(Duration.ofSeconds(30)).until(d -> {
            Rectangle now = d.findElement(locator).getRect();
            boolean still = now.equals(last[0]);
            last[0] = now;
            return still;
        });
    }

    /** Waits until some text shows anywhere on the page. */
    void waitForText(String text) {
        waitUpTo(Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }

    /**
     * A field of a Camunda Form (form-js) found the way a user finds it: by its label. form-js
     * puts the label's text first and a "*" span after it for required fields.
     */
    WebElement formField(String label) {
        By field = By.xpath("//div[contains(concat(' ', normalize-space(@class), ' '), ' fjs-form-field ')]"
                + "[label[normalize-space(text()[1]) = '" + label + "']]");
        WebElement found = waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(field));
        scrollToCentre(found);
        return found;
    }

    /** Whether the form shows a field with this label now (form-js drops a hidden field from the page). */
    boolean shows(String label) {
        return driver.findElements(By.xpath("//div[contains(concat(' ', normalize-space(@class), ' '), ' fjs-form-field ')]"
                + "[label[normalize-space(text()[1]) = '" + label + "']]")).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Adds an entry to a form-js tag list (multi-select) by its label. */
    void addTag(String label, String option) {
        WebElement field = formField(label);
        WebElement input = field.findElement(By.cssSelector("input.fjs-taglist-input"));
        input.click();
        By items = By.cssSelector(".fjs-dropdownlist-item");
        waitUpTo(Duration.ofSeconds(10)).until(d -> !field.findElements(items).isEmpty());
        WebElement entry = field.findElements(items).stream()
                .filter(e -> option.equals(e.getDomProperty("textContent").strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("“" + label + "” offers no “" + option + "”"));
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'nearest'});"
                        + "arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true, cancelable: true}));",
                entry);
        waitUpTo(Duration.ofSeconds(10)).until(d -> field.getText().contains(option));
        ((JavascriptExecutor) driver).executeScript("document.activeElement && document.activeElement.blur()");
    }

    /** Types into a form-js text field, number field or text area. */
    void fillIn(String label, String text) {
        WebElement input = formField(label).findElement(By.cssSelector("input.fjs-input, textarea.fjs-textarea"));
        input.clear();
        input.sendKeys(text);
    }

    /** Picks an entry of a form-js select (a custom drop-down, not an HTML select); returns all it offered. */
    List<String> choose(String label, String option) {
        WebElement field = formField(label);
        By items = By.cssSelector(".fjs-dropdownlist-item");
        openList(field, items);
        List<WebElement> entries = field.findElements(items);
        List<String> labels = entries.stream().map(e -> e.getDomProperty("textContent").strip()).toList();
        int target = labels.indexOf(option);
        if (target < 0) {
            throw new IllegalArgumentException("“" + label + "” offers no “" + option + "”, only " + labels);
        }
        // form-js selects an entry on mousedown; dispatching it on the very element cannot land on a
        // neighbour the way keyboard steps or a click under Tasklist's footer could.
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'nearest'});"
                        + "arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true, cancelable: true}));",
                entries.get(target));
        waitUpTo(Duration.ofSeconds(10)).until(d -> option.equals(chosen(label)));
        return labels;
    }

    /**
     * Opens a select's list. A click toggles it, and a select that kept the focus from earlier
     * (e.g. after a refused submit) may count as open already: then the first click closes it.
     */
    private void openList(WebElement field, By items) {
        for (int attempt = 0; attempt < 3 && field.findElements(items).isEmpty(); attempt++) {
            field.findElement(By.cssSelector(".fjs-select-display")).click();
            try {
                waitUpTo(Duration.ofSeconds(3)).until(d -> !field.findElements(items).isEmpty());
            } catch (org.openqa.selenium.TimeoutException e) {
                // clicked it shut: the next click opens it
            }
        }
        waitUpTo(Duration.ofSeconds(10)).until(d -> !field.findElements(items).isEmpty());
    }

    /** What a form-js select shows as chosen. */
    String chosen(String label) {
        return formField(label).findElement(By.cssSelector(".fjs-select-display")).getText().strip();
    }

    /** The value a form-js text or number field shows. */
    String valueOf(String label) {
        return formField(label).findElement(By.cssSelector("input.fjs-input, textarea.fjs-textarea"))
                .getDomProperty("value");
    }

    /** Clicks one option of a form-js radio group. */
    void pick(String label, String option) {
        formField(label).findElement(By.xpath(".//label[normalize-space(.) = '" + option + "']")).click();
    }

    /** The validation messages form-js shows under a field. */
    String errorsOf(String label) {
        return formField(label).findElements(By.cssSelector(".fjs-form-field-error")).stream()
                .map(WebElement::getText).reduce("", String::concat);
    }

    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(e -> e.getText()).toList();
    }

    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
