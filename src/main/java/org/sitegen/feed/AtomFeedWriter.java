package org.sitegen.feed;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.output.Format;
import org.jdom2.output.LineSeparator;
import org.jdom2.output.XMLOutputter;

/**
 * Writes Atom 1.0 (RFC 4287) with Rome. Deterministic: no generation time anywhere, the feed's
 * {@code updated} is its newest entry's, and the XML is serialised with fixed "\n" line ends
 * (JDOM's default follows a system property).
 */
public final class AtomFeedWriter {

    /** The feed document as UTF-8 bytes. */
    public byte[] write(FeedSpec spec) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(spec.selfUrl());
        feed.setTitle(xml(spec.title()));
        if (!spec.subtitle().isEmpty()) {
            feed.setSubtitle(text(spec.subtitle()));
        }
        feed.setLanguage(spec.language());
        feed.setAlternateLinks(List.of(link("alternate", "text/html", spec.pageUrl())));
        feed.setOtherLinks(List.of(link("self", "application/atom+xml", spec.selfUrl())));
        feed.setAuthors(List.of(person(spec.author())));
        // An empty feed has no newest entry; the epoch keeps it valid and reproducible.
        Instant updated = spec.entries().stream().map(FeedEntry::updated).max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
        feed.setUpdated(Date.from(updated));
        feed.setEntries(spec.entries().stream().map(AtomFeedWriter::entry).toList());
        try {
            Document document = new WireFeedOutput().outputJDom(feed);
            XMLOutputter out = new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")
                    .setLineSeparator(LineSeparator.UNIX));
            StringWriter text = new StringWriter();
            out.output(document, text);
            return text.toString().getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("Rome rejected a feed we built: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Entry entry(FeedEntry item) {
        Entry entry = new Entry();
        entry.setId(item.url());
        entry.setTitle(xml(item.title()));
        entry.setAlternateLinks(List.of(link("alternate", "text/html", item.url())));
        entry.setPublished(Date.from(item.published()));
        entry.setUpdated(Date.from(item.updated()));
        List<SyndPerson> authors = new ArrayList<>();
        item.authors().forEach(name -> authors.add(person(name)));
        entry.setAuthors(authors);
        entry.setCategories(item.categories().stream().map(c -> {
            Category category = new Category();
            category.setTerm(xml(c.term()));
            category.setLabel(xml(c.label()));
            category.setScheme(c.scheme());
            return category;
        }).toList());
        if (!item.summary().isEmpty()) {
            entry.setSummary(text(item.summary()));
        }
        if (item.html() != null) { // without it, the alternate link is the entry's content (RFC 4287, 4.1.1)
            Content content = new Content();
            content.setType("html");
            content.setValue(xml(item.html()));
            entry.setContents(List.of(content));
        }
        return entry;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType("text");
        content.setValue(xml(value));
        return content;
    }

    /**
     * {@code text} with each character XML 1.0 cannot carry (half of a surrogate pair, as a
     * YAML escape such as "\\ud800" can write into front matter; U+FFFE, U+FFFF; control
     * characters, which loading already refuses) as '?', which is what the pages show for it:
     * their UTF-8 encoder writes '?' for half a pair. JDOM refuses such text, and the whole build
     * with it.
     */
    static String xml(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= Character.MIN_SURROGATE) {
                return xmlFrom(text, i);
            }
        }
        return text;
    }

    private static String xmlFrom(String text, int from) {
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, from);
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                out.append(c).append(text.charAt(++i));
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c)
                    || c == '\uFFFE' || c == '\uFFFF') {
                out.append('?');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static Person person(String name) {
        Person person = new Person();
        person.setName(xml(name));
        return person;
    }
}
