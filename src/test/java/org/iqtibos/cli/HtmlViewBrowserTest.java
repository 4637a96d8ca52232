package org.iqtibos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.iqtibos.ArticleAnalyzer;
import org.iqtibos.result.ArticleAnalysis;
import org.iqtibos.result.Entity;
import org.iqtibos.result.Mention;
import org.iqtibos.result.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import picocli.CommandLine;

/**
 * Opens {@code analyze --format html} of the seed article in headless Chromium and reads the page through the DOM:
 * the seed's gold persons, places, organizations and speakers are shown, and so is everything the analyzer found.
 */
class HtmlViewBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Test
    void theSeedPageShowsItsEntitiesAndSpeakers(@TempDir Path tmp) throws Exception {
        Path seed = Path.of(System.getProperty("iqtibos.shared", "../shared"), "seed");
        assumeTrue(Files.isRegularFile(seed.resolve("article.txt")) && Files.isRegularFile(seed.resolve("gold.jsonl")),
                "skipped: the seed article is not at " + seed.toAbsolutePath() + " (../shared beside the project)");
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipped: no " + CHROMIUM + " or " + CHROMEDRIVER + " (apt-get install chromium chromium-driver; .ci/run does)");

        Path page = tmp.resolve("seed.html");
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertThat(new CommandLine(new Main()).execute("analyze", "--format", "html", seed.resolve("article.txt").toString())).isZero();
        } finally {
            System.setOut(old);
        }
        Files.write(page, buf.toByteArray());
        String html = buf.toString(StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("http://", "https://", "<script", "<link");

        String text = Files.readString(seed.resolve("article.txt"), StandardCharsets.UTF_8);
        ArticleAnalysis analysis = ArticleAnalyzer.create().analyze(text);
        JsonNode gold = new ObjectMapper().readTree(Files.readAllLines(seed.resolve("gold.jsonl"), StandardCharsets.UTF_8).get(0));

        WebDriver driver = chrome(tmp.resolve("profile"));
        try {
            driver.get(page.toUri().toString());
            assertThat(driver.getTitle()).isEqualTo("article.txt");

            // what the analyzer found: every entity in the table, every mention highlighted with its type and id
            for (List<Entity> list : List.of(analysis.persons(), analysis.organizations(), analysis.places())) {
                for (Entity e : list) {
                    WebElement row = driver.findElement(By.cssSelector("tr.entity[data-entity='" + e.id() + "']"));
                    assertThat(row.findElement(By.cssSelector("td.name")).getText()).isEqualTo(e.name());
                    List<String> marks = texts(driver, "mark." + e.type().name() + "[data-entity='" + e.id() + "']");
                    assertThat(marks).containsExactlyElementsOf(e.mentions().stream().map(Mention::text).toList());
                }
            }
            List<WebElement> quotes = driver.findElements(By.cssSelector(".article span.quote"));
            assertThat(quotes).hasSameSizeAs(analysis.quotes());
            for (int i = 0; i < quotes.size(); i++) {
                Quote q = analysis.quotes().get(i);
                assertThat(quotes.get(i).getAttribute("data-speaker-id")).isEqualTo(q.speakerId());
                assertThat(quotes.get(i).findElement(By.cssSelector(".who")).getText()).isEqualTo(q.speaker());
            }

            // what the gold annotation says the page must show
            for (String type : List.of("persons", "places")) {
                for (JsonNode e : gold.get(type)) {
                    assertThat(shown(driver, type, e)).as("%s %s highlighted", type, e.get("name").asText()).isTrue();
                }
            }
            long orgs = 0;
            for (JsonNode e : gold.get("organizations")) {
                orgs += shown(driver, "organizations", e) ? 1 : 0;
            }
            assertThat(orgs).as("gold organizations highlighted").isGreaterThanOrEqualTo(gold.get("organizations").size() - 1);

            Map<String, JsonNode> goldPersons = new HashMap<>();
            gold.get("persons").forEach(p -> goldPersons.put(p.get("name").asText(), p));
            int speakers = 0;
            for (JsonNode gq : gold.get("quotes")) {
                if (!gq.hasNonNull("speaker") || !goldPersons.containsKey(gq.get("speaker").asText())) {
                    continue;
                }
                String opening = gq.get("text").asText().substring(0, 25);
                WebElement quote = quotes.stream().filter(q -> q.getText().contains(opening)).findFirst().orElseThrow(
                        () -> new AssertionError("no quote starting '" + opening + "' on the page"));
                String id = quote.getAttribute("data-speaker-id");
                String mentions = driver.findElement(By.cssSelector("tr.entity[data-entity='" + id + "'] td.mentions")).getText();
                List<String> goldMentions = new ArrayList<>();
                goldPersons.get(gq.get("speaker").asText()).get("mentions").forEach(m -> goldMentions.add(m.asText()));
                assertThat(goldMentions).as("speaker of '%s'", opening).anyMatch(mentions::contains);
                speakers++;
            }
            assertThat(speakers).isPositive();
        } finally {
            driver.quit();
        }
    }

    /** True when a mark of the gold entity's type starts with one of its gold mentions (gold gives base forms). */
    private static boolean shown(WebDriver driver, String goldType, JsonNode entity) {
        String css = switch (goldType) {
            case "persons" -> "mark.PERSON";
            case "organizations" -> "mark.ORGANIZATION";
            default -> "mark.PLACE";
        };
        List<String> marks = texts(driver, ".article " + css).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        for (JsonNode m : entity.get("mentions")) {
            String g = m.asText().toLowerCase(Locale.ROOT);
            if (marks.stream().anyMatch(s -> s.startsWith(g) || g.startsWith(s) && s.length() >= g.length() - 3)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> texts(WebDriver driver, String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute("textContent")).collect(Collectors.toList());
    }

    private static WebDriver chrome(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort().withTimeout(Duration.ofSeconds(60)).build();
        return new ChromeDriver(service, options);
    }
}
