package org.wirewatch.alerts.delivery.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.alerts.query.AlertFilter;
import org.wirewatch.model.Severity;
import org.wirewatch.model.TopicKind;

class SubscriptionFileTest {

    private static final String SECRET = "whsec-0123456789abcdef";

    @TempDir
    Path folder;

    @Test
    void shouldReadEveryFieldAndTakeTheSecretFromTheEnvironment() throws IOException {
        // Given a file with one full subscription and one with only the required fields
        Path file = write("""
                {"subscriptions": [
                  {"name": "sanctions-desk", "url": "https://desk.example.org/hooks", "secret": "${env:DESK_SECRET}",
                   "states": ["IRN", "RUS"], "kinds": ["SANCTIONS"], "alertTypes": ["alerts.sanctions"],
                   "minSeverity": "HIGH"},
                  {"name": "siem", "url": "http://127.0.0.1:8080/in", "secret": "%s"}
                ]}""".formatted(SECRET));

        // When it is read with DESK_SECRET set
        List<WebhookSubscription> subscriptions =
                SubscriptionFile.read(file, Map.of("DESK_SECRET", "from-the-environment-42")::get);

        // Then both are there, the secret came from the environment, and missing filters let all through
        assertThat(subscriptions).hasSize(2);
        WebhookSubscription desk = subscriptions.get(0);
        assertThat(desk.name()).isEqualTo("sanctions-desk");
        assertThat(desk.url()).isEqualTo(URI.create("https://desk.example.org/hooks"));
        assertThat(desk.secret().bytes()).isEqualTo("from-the-environment-42".getBytes(StandardCharsets.UTF_8));
        assertThat(desk.filter())
                .isEqualTo(AlertFilter.of(
                        Set.of("IRN", "RUS"), Set.of(TopicKind.SANCTIONS), Set.of("alerts.sanctions"), Severity.HIGH));
        assertThat(subscriptions.get(1).filter()).isEqualTo(AlertFilter.ALL);
    }

    @Test
    void shouldNeverPrintTheSecret() throws IOException {
        // Given a subscription read from a file
        Path file =
                write(one("\"name\": \"siem\", \"url\": \"http://127.0.0.1:8080/in\", \"secret\": \"" + SECRET + "\""));
        WebhookSubscription subscription =
                SubscriptionFile.read(file, name -> null).get(0);

        // Then its text, as a log would show it, hides the secret
        assertThat(subscription.toString()).doesNotContain(SECRET).contains("<hidden>");
    }

    @Test
    void shouldRejectAUrlThatIsNotHttpOrHttps() throws IOException {
        Path file = write(one("\"name\": \"ftp\", \"url\": \"ftp://example.org/in\", \"secret\": \"" + SECRET + "\""));

        assertThatThrownBy(() -> SubscriptionFile.read(file, name -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "subscription \"ftp\": \"url\" ftp://example.org/in must start with http://" + " or https://");
    }

    @Test
    void shouldRejectAMissingSecretOrAnUnsetEnvironmentVariable() throws IOException {
        // Given one subscription without a secret, one whose variable is not set
        Path file = write("""
                {"subscriptions": [
                  {"name": "a", "url": "https://a.example.org/"},
                  {"name": "b", "url": "https://b.example.org/", "secret": "${env:NOT_SET}"}
                ]}""");

        // Then both problems are told in one message
        assertThatThrownBy(() -> SubscriptionFile.read(file, name -> null))
                .hasMessageContaining("subscription \"a\": \"secret\" is missing")
                .hasMessageContaining(
                        "subscription \"b\": \"secret\" reads environment variable NOT_SET, which is" + " not set");
    }

    @Test
    void shouldRejectAShortSecretWithoutRepeatingIt() throws IOException {
        Path file = write(one("\"name\": \"a\", \"url\": \"https://a.example.org/\", \"secret\": \"hunter2\""));

        assertThatThrownBy(() -> SubscriptionFile.read(file, name -> null))
                .hasMessageContaining("\"secret\" is too short: use at least 16 characters")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void shouldRejectUnknownSeverityKindStateAndAlertTypeNamingTheChoices() throws IOException {
        Path file = write(one("\"name\": \"a\", \"url\": \"https://a.example.org/\", \"secret\": \"" + SECRET
                + "\", \"minSeverity\": \"URGENT\", \"kinds\": [\"TRADE\"], \"states\": [\"Iran\"],"
                + " \"alertTypes\": [\"statements\"]"));

        assertThatThrownBy(() -> SubscriptionFile.read(file, name -> null))
                .hasMessageContaining("\"minSeverity\" has \"URGENT\": use any of [LOW, MEDIUM, HIGH, CRITICAL]")
                .hasMessageContaining("\"kinds\" has \"TRADE\": use any of [ARMS_TRANSFER, SANCTIONS, ALIGNMENT]")
                .hasMessageContaining("\"states\" has \"Iran\"")
                .hasMessageContaining("\"alertTypes\" has \"statements\"");
    }

    @Test
    void shouldRejectAMisspeltFieldRatherThanIgnoreIt() throws IOException {
        // Given a filter written "state" instead of "states": ignored, it would let every alert through
        Path file = write(one("\"name\": \"a\", \"url\": \"https://a.example.org/\", \"secret\": \"" + SECRET
                + "\", \"state\": [\"IRN\"]"));

        assertThatThrownBy(() -> SubscriptionFile.read(file, name -> null))
                .hasMessageContaining("unknown field \"state\"");
    }

    @Test
    void shouldRejectDuplicateNamesAndUserInfoInUrls() throws IOException {
        Path file = write("""
                {"subscriptions": [
                  {"name": "a", "url": "https://user:pass@a.example.org/", "secret": "%1$s"},
                  {"name": "a", "url": "https://a.example.org/", "secret": "%1$s"}
                ]}""".formatted(SECRET));

        assertThatThrownBy(() -> SubscriptionFile.read(file, name -> null))
                .hasMessageContaining("must not carry a user name or password")
                .hasMessageContaining("the name is used twice");
    }

    @Test
    void shouldTellAMissingFileAndBrokenJsonApart() throws IOException {
        Path broken = write("{\"subscriptions\": [");

        assertThatThrownBy(() -> SubscriptionFile.read(folder.resolve("absent.json"), name -> null))
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> SubscriptionFile.read(broken, name -> null))
                .hasMessageContaining("is not a valid subscriptions file");
    }

    private static String one(String fields) {
        return "{\"subscriptions\": [{" + fields + "}]}";
    }

    private Path write(String json) throws IOException {
        return Files.writeString(folder.resolve("webhooks.json"), json);
    }
}
