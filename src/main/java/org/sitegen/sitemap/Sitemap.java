package org.sitegen.sitemap;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * sitemap.xml (sitemaps.org 0.9) and robots.txt. Written with the JDK's StAX writer: the format
 * is two elements deep, so a library would add nothing but a dependency, and StAX escapes.
 * Past the protocol's 50,000 URLs per file, sitemap.xml becomes an index of sitemap-1.xml, ….
 */
public final class Sitemap {
    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** The protocol's limit per file. */
    public static final int MAX_URLS = 50_000;

    /**
     * One page.
     *
     * @param loc     absolute URL
     * @param lastmod when it last changed, or null when unknown
     */
    public record Url(String loc, OffsetDateTime lastmod, List<Alternate> alternates) {
        public Url(String loc, OffsetDateTime lastmod) {
            this(loc, lastmod, List.of());
        }
    }

    /**
     * The same page in another language (an {@code xhtml:link rel="alternate"} in the page's
     * {@code url}, as search engines read them); a page lists itself among its alternates.
     *
     * @param hreflang the language tag
     * @param href     absolute URL
     */
    public record Alternate(String hreflang, String href) {
    }

    /** The namespace of the alternates' {@code xhtml:link}. */
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    private Sitemap() {
    }

    /** When a briefing last changed, as a page that shows it says: its update, else its date. */
    public static OffsetDateTime lastChange(org.sitegen.archive.Entry briefing) {
        return (briefing.updated() != null ? briefing.updated() : briefing.date()).at().toOffsetDateTime();
    }

    /** The last change of the newest changed of {@code briefings}, or null when there are none. */
    public static OffsetDateTime lastChange(List<org.sitegen.archive.Entry> briefings) {
        OffsetDateTime newest = null;
        for (org.sitegen.archive.Entry briefing : briefings) {
            OffsetDateTime at = lastChange(briefing);
            if (newest == null || at.compareTo(newest) > 0) {
                newest = at;
            }
        }
        return newest;
    }

    /** The sitemap files by site path ("sitemap.xml", maybe "sitemap-1.xml"...), for {@code urls} in order. */
    public static Map<String, byte[]> files(String siteUrl, List<Url> urls) {
        return files(siteUrl, urls, MAX_URLS);
    }

    /** The site paths {@link #files} writes for {@code urlCount} URLs, in the same order. */
    public static List<String> fileNames(int urlCount) {
        return fileNames(urlCount, MAX_URLS);
    }

    static List<String> fileNames(int urlCount, int perFile) {
        List<String> names = new ArrayList<>(List.of("sitemap.xml"));
        if (urlCount > perFile) {
            for (int n = 1; n <= (urlCount + perFile - 1) / perFile; n++) {
                names.add(partName(n));
            }
        }
        return names;
    }

    private static String partName(int n) {
        return String.format(Locale.ROOT, "sitemap-%d.xml", n);
    }

    static Map<String, byte[]> files(String siteUrl, List<Url> urls, int perFile) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (urls.size() <= perFile) {
            files.put("sitemap.xml", urlset(urls));
            return files;
        }
        List<Url> parts = new ArrayList<>();
        for (int from = 0, n = 1; from < urls.size(); from += perFile, n++) {
            List<Url> chunk = urls.subList(from, Math.min(urls.size(), from + perFile));
            String name = partName(n);
            files.put(name, urlset(chunk));
            parts.add(new Url(siteUrl + "/" + name, chunk.stream().map(Url::lastmod)
                    .filter(java.util.Objects::nonNull).max(OffsetDateTime::compareTo).orElse(null)));
        }
        Map<String, byte[]> withIndex = new LinkedHashMap<>();
        withIndex.put("sitemap.xml", document("sitemapindex", "sitemap", parts));
        withIndex.putAll(files);
        return withIndex;
    }

    /** robots.txt: everything may be crawled; the Sitemap line only when the site's URL is known. */
    public static String robots(String siteUrl) {
        StringBuilder robots = new StringBuilder("User-agent: *\nDisallow:\n");
        if (!siteUrl.isEmpty()) {
            robots.append("\nSitemap: ").append(siteUrl).append("/sitemap.xml\n");
        }
        return robots.toString();
    }

    private static byte[] urlset(List<Url> urls) {
        return document("urlset", "url", urls);
    }

    private static byte[] document(String root, String item, List<Url> urls) {
        try {
            StringWriter text = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(NS);
            if (urls.stream().anyMatch(url -> !url.alternates().isEmpty())) {
                xml.writeNamespace("xhtml", XHTML);
            }
            xml.writeCharacters("\n");
            for (Url url : urls) {
                xml.writeCharacters("  ");
                xml.writeStartElement(item);
                element(xml, "loc", url.loc());
                if (url.lastmod() != null) {
                    element(xml, "lastmod", url.lastmod().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
                }
                for (Alternate alternate : url.alternates()) {
                    xml.writeEmptyElement("xhtml", "link", XHTML);
                    xml.writeAttribute("rel", "alternate");
                    xml.writeAttribute("hreflang", alternate.hreflang());
                    xml.writeAttribute("href", alternate.href());
                }
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
            return text.toString().getBytes(StandardCharsets.UTF_8);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write a sitemap to memory", e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
