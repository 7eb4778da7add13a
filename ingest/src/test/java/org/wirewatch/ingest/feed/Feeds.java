package org.wirewatch.ingest.feed;

/** Feeds written for these tests. The stories are invented. */
public final class Feeds {

    private Feeds() {}

    public static String rss(String items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
                     xmlns:content="http://purl.org/rss/1.0/modules/content/">
                  <channel>
                    <title>Harbour Wire</title>
                    <link>https://news.example.org/</link>
                    <description>Invented test stories</description>
                    <language>en-GB</language>
                %s
                  </channel>
                </rss>
                """.formatted(items);
    }

    public static String rssItem(String guid, String title, String pubDate) {
        return """
                    <item>
                      <guid isPermaLink="false">%s</guid>
                      <title>%s</title>
                      <link>https://news.example.org/%s</link>
                      <description>&lt;p&gt;The harbour authority said on Monday that the northern
                      terminal would &lt;b&gt;reopen&lt;/b&gt; next week.&lt;/p&gt;</description>
                      <pubDate>%s</pubDate>
                    </item>
                """.formatted(guid, title, guid, pubDate);
    }

    public static final String HARBOUR_RSS =
            rss(rssItem("hw-1001", "Northern terminal to reopen", "Mon, 17 Oct 2022 08:00:00 GMT"));

    public static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
              <title>Valley Courier</title>
              <id>urn:uuid:4f1c2a8e-0000-4000-8000-000000000001</id>
              <updated>2022-10-17T08:00:00Z</updated>
              <entry>
                <title type="html">Council approves &lt;em&gt;bridge&lt;/em&gt; repairs</title>
                <id>tag:courier.example.org,2022:bridge-17</id>
                <link href="https://courier.example.org/bridge"/>
                <published>2022-10-17T08:00:00Z</published>
                <updated>2022-10-17T09:15:00+01:00</updated>
                <author><name>Ada Lindqvist</name></author>
                <content type="html">&lt;p&gt;The council voted 9 to 2 for the repairs.&lt;/p&gt;&lt;p&gt;Work starts in spring.&lt;/p&gt;</content>
              </entry>
            </feed>
            """;

    /** An external entity that would read a local file into the title. */
    public static final String XXE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE rss [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <rss version="2.0"><channel><title>t</title><link>https://news.example.org/</link>
            <description>d</description>
            <item><title>&secret;</title><description>x</description>
            <pubDate>Mon, 17 Oct 2022 08:00:00 GMT</pubDate></item></channel></rss>
            """;

    /** Ten levels of ten-fold expansion: a billion "lol"s from a few hundred bytes. */
    public static final String BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <rss version="2.0"><channel><title>&lol9;</title><link>https://news.example.org/</link>
            <description>d</description></channel></rss>
            """;

    public static final String HTML_PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><title>Harbour Wire - Home</title></head>
            <body><h1>Latest news</h1><p>Subscribe to our newsletter.</p></body></html>
            """;
}
