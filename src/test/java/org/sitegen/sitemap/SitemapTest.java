package org.sitegen.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SitemapTest {
    private static final String SITE = "https://example.org";

    @Test
    void urlset_escapesAndFormatsLastmod() {
        Map<String, byte[]> files = Sitemap.files(SITE, List.of(
                new Sitemap.Url(SITE + "/a&b/", OffsetDateTime.parse("2023-02-19T09:30:00Z")),
                new Sitemap.Url(SITE + "/about/", null)));
        assertThat(files.keySet()).containsExactly("sitemap.xml");
        assertThat(new String(files.get("sitemap.xml"), StandardCharsets.UTF_8)).isEqualTo(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                        + "  <url><loc>https://example.org/a&amp;b/</loc><lastmod>2023-02-19T09:30:00Z</lastmod></url>\n"
                        + "  <url><loc>https://example.org/about/</loc></url>\n"
                        + "</urlset>\n");
    }

    @Test
    void overTheLimit_becomesAnIndexOfParts() {
        List<Sitemap.Url> urls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            urls.add(new Sitemap.Url(SITE + "/" + i + "/", OffsetDateTime.parse("2023-01-0" + (i + 1) + "T00:00:00Z")));
        }
        Map<String, byte[]> files = Sitemap.files(SITE, urls, 2);
        assertThat(files.keySet()).containsExactly("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml");
        String index = new String(files.get("sitemap.xml"), StandardCharsets.UTF_8);
        assertThat(index).contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
                .contains("<sitemap><loc>https://example.org/sitemap-3.xml</loc><lastmod>2023-01-05T00:00:00Z</lastmod></sitemap>");
        assertThat(new String(files.get("sitemap-3.xml"), StandardCharsets.UTF_8)).contains("/4/").doesNotContain("/3/");
    }

    @Test
    void robots_sitemapLineOnlyWithSiteUrl() {
        assertThat(Sitemap.robots("")).isEqualTo("User-agent: *\nDisallow:\n");
        assertThat(Sitemap.robots(SITE)).isEqualTo("User-agent: *\nDisallow:\n\nSitemap: https://example.org/sitemap.xml\n");
    }
}
