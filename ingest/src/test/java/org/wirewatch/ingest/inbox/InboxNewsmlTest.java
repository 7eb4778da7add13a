package org.wirewatch.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NewsML-G2 files dropped in the inbox: published like any story, or rejected whole when hostile. */
class InboxNewsmlTest {

    private static final String NEWS_ITEM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.test:20230301:prk-shells"
                      standard="NewsML-G2" standardversion="2.33">
              <itemMeta>
                <itemClass qcode="ninat:text"/>
                <provider literal="Example Wire"/>
                <versionCreated>2023-03-01T18:30:00+09:00</versionCreated>
              </itemMeta>
              <contentMeta>
                <headline>North Korea denies shipping artillery shells to Russia</headline>
              </contentMeta>
              <contentSet>
                <inlineXML><html xmlns="http://www.w3.org/1999/xhtml"><body>
                  <p>North Korea on Wednesday denied it had shipped artillery shells to Russia.</p>
                </body></html></inlineXML>
              </contentSet>
            </newsItem>
            """;
    private static final String XXE = """
            <?xml version="1.0"?>
            <!DOCTYPE newsItem [<!ENTITY leak SYSTEM "file:///etc/passwd">]>
            <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:test:xxe">
              <itemMeta><versionCreated>2023-03-01T09:30:00Z</versionCreated></itemMeta>
              <contentSet><inlineData>&leak;</inlineData></contentSet>
            </newsItem>
            """;

    @TempDir
    Path folder;

    private TestInbox inbox;

    @BeforeEach
    void createInbox() throws Exception {
        inbox = new TestInbox(folder);
    }

    @Test
    void shouldPublishANewsItemAndMoveItToDone() throws Exception {
        // Given
        inbox.write("prk-shells.xml", NEWS_ITEM);

        // When
        inbox.scan();
        inbox.scan();

        // Then
        assertThat(inbox.stories.history()).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("urn:newsml:example.test:20230301:prk-shells");
            assertThat(record.value().source()).isEqualTo("Example Wire");
            assertThat(record.value().publishedAt()).isEqualTo(Instant.parse("2023-03-01T09:30:00Z"));
            assertThat(record.value().body())
                    .isEqualTo("North Korea on Wednesday denied it had shipped artillery shells to Russia.");
        });
        assertThat(inbox.path("done/prk-shells.xml")).exists();
        assertThat(inbox.rejections.history()).isEmpty();
    }

    @Test
    void shouldMoveAHostileNewsItemToRejectedWithReason() throws Exception {
        // Given
        inbox.write("leak.xml", XXE);

        // When
        inbox.scan();
        inbox.scan();

        // Then
        assertThat(inbox.stories.history()).isEmpty();
        assertThat(inbox.path("leak.xml")).doesNotExist();
        assertThat(inbox.path("rejected/leak.xml")).exists();
        assertThat(inbox.path("rejected/leak.xml.reason"))
                .content()
                .startsWith("declares a DOCTYPE, which ingest refuses")
                .doesNotContain("root:");
        assertThat(inbox.rejections.history()).extracting(ProducerRecord::key).containsExactly("inbox:leak.xml");
    }
}
