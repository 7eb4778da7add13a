package org.wirewatch.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadlessChromiumTest {

    /** A page that fills in a line of text a moment after it loads, and another on a click. */
    private static final String PAGE = """
            <!doctype html><html><head><meta charset="utf-8"><title>harness page</title></head>
            <body><h1 id="title">Harness</h1><p id="late"></p>
            <button id="go" onclick="document.getElementById('out').textContent='clicked'">go</button>
            <p id="out"></p>
            <script>setTimeout(() => { document.getElementById('late').textContent = 'arrived later'; }, 300);</script>
            </body></html>
            """;

    private static HttpServer server;
    private static HeadlessChromium browser;

    @BeforeAll
    static void startServerAndBrowser() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        browser = HeadlessChromium.start(800, 600);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    private static String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @Test
    void shouldLoadAPageAndWaitForTextThatArrivesLater() {
        browser.open(url());

        assertThat(browser.script("document.title")).isEqualTo("harness page");
        assertThat(browser.textOf("#title")).isEqualTo("Harness");
        assertThat(browser.waitForText("#late", "arrived")).isEqualTo("arrived later");
    }

    @Test
    void shouldClickAndRunScripts() {
        browser.open(url()).click("#go");

        assertThat(browser.waitForText("#out", "clicked")).isEqualTo("clicked");
        assertThat(browser.script("return arguments[0] + 1;", 41L)).isEqualTo(42L);
        assertThat(browser.findAll("button")).hasSize(1);
    }

    @Test
    void shouldSaveAPngScreenshotCreatingFolders(@TempDir Path dir) throws IOException {
        browser.open(url());

        Path png = browser.screenshot(dir.resolve("nested/shot.png"));

        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).hasSizeGreaterThan(100);
        assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }
}
