package org.wirewatch.ingest.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Bodies the tests post. The stories are invented. */
final class PostedBodies {

    private PostedBodies() {}

    static final String NINJS_1 = """
            {"uri": "urn:test:http:ninjs1", "versioncreated": "2024-04-30T08:15:00Z",
             "copyrightholder": "Harbour Wire",
             "headline": "Port authority reopens northern grain terminal",
             "body_text": "The port authority said on Tuesday the northern grain terminal would reopen next week."}
            """;

    static final String JSON_LINES = """
            {"id": "urn:test:http:line-1", "source": "Valley Courier", "headline": "Council backs bridge repairs", "body": "The council voted 9 to 2 for the repairs on Monday.", "publishedAt": "2024-04-29T18:00:00Z"}
            {"id": "urn:test:http:line-2", "source": "Valley Courier", "headline": "Rail strike called off", "body": "The union called off Friday's rail strike after a late offer.", "publishedAt": "2024-04-29T19:30:00Z"}
            """;

    /** The second line is cut off mid-object. */
    static final String JSON_LINES_PARTLY_BAD = """
            {"id": "urn:test:http:good-1", "source": "Valley Courier", "headline": "Council backs bridge repairs", "body": "The council voted 9 to 2 for the repairs on Monday.", "publishedAt": "2024-04-29T18:00:00Z"}
            {"id": "urn:test:http:cut", "headline": "Ferry timetable changes", "body":
            {"id": "urn:test:http:good-2", "source": "Valley Courier", "headline": "Rail strike called off", "body": "The union called off Friday's rail strike after a late offer.", "publishedAt": "2024-04-29T19:30:00Z"}
            """;

    static final String PLAIN_TEXT = "Harbour cranes idle after power cut\n"
            + "PORTSEA, April 30 - Cranes at the container harbour stood idle for six hours on Tuesday after a"
            + " power cut, the operator said.\n";

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Harbour Wire</title><link>https://news.example.org/</link>
            <description>Invented test stories</description>
            <item><guid isPermaLink="false">hw-2001</guid><title>Ferry service resumes after storm</title>
            <link>https://news.example.org/hw-2001</link>
            <description>The island ferry resumed its timetable on Wednesday after two days of gales.</description>
            <pubDate>Wed, 01 May 2024 07:00:00 GMT</pubDate></item>
            </channel></rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Valley Courier</title><id>urn:uuid:4f1c2a8e-0000-4000-8000-000000000042</id>
              <updated>2024-05-01T08:00:00Z</updated>
              <entry>
                <title>Library to extend opening hours</title>
                <id>tag:courier.example.org,2024:library-hours</id>
                <link href="https://courier.example.org/library"/>
                <updated>2024-05-01T08:00:00Z</updated>
                <content type="text">The town library will open until nine on weekdays from June.</content>
              </entry>
            </feed>
            """;

    /** NewsML-G2 whose DOCTYPE would read a local file into the headline. */
    static final String NEWSML_XXE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE newsItem [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:test:xxe" version="1" standard="NewsML-G2">
              <contentMeta><headline>&secret;</headline></contentMeta>
            </newsItem>
            """;

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] resource(String name) {
        try (InputStream in = PostedBodies.class.getResourceAsStream("/stories/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test story " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
