package org.sitegen.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlSchemesTest {

    /** OWASP's XSS filter evasion spellings, once Markdown or the HTML parser has decoded the entities. */
    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
            "jav\nascript:alert(1)", "jav\rascript:alert(1)", " \u000e javascript:alert(1)", "\u0000javascript:x",
            "java\u0000script:x", "vbscript:msgbox(1)", "LiveScript:x", "data:text/html;base64,PHNjcmlwdD4=",
            "DATA:image/svg+xml,<svg>", "javascript\t:x", "\u007fjavascript:x",
            "java script:x" /* a browser reads a relative URL; refusing more is the safe side */})
    void scriptAndDataUrls_areScript(String url) {
        assertThat(UrlSchemes.isScript(url)).as(url).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/javascript:x", "tel:+15550100", "mailto:a@b.org", "irc://foo.bar",
            "../javascript:x", "/javascript:x", "?javascript:x", "#javascript:x", "&#106;avascript:x",
            "%6Aavascript:x", "javascript", "jаvascript:x" /* Cyrillic а */, "1javascript:x", ""})
    void otherUrls_areNot(String url) {
        assertThat(UrlSchemes.isScript(url)).as(url).isFalse();
    }

    @Test
    void schemeOf_readsAsABrowserDoes() {
        assertThat(UrlSchemes.schemeOf("HTTPS://x")).isEqualTo("https");
        assertThat(UrlSchemes.schemeOf("a+b.c-d:x")).isEqualTo("a+b.c-d");
        assertThat(UrlSchemes.schemeOf("C:/windows")).isEqualTo("c");
        assertThat(UrlSchemes.schemeOf("map.png")).isNull();
        assertThat(UrlSchemes.schemeOf("../x.md#a:b")).isNull();
        assertThat(UrlSchemes.schemeOf(":x")).isNull();
    }

    /** Checked against java.net.URI's reading of the same URLs: an http(s) scheme, or any scheme or a host. */
    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a", "HTTP://example.org", "http:relative", "//cdn.example/x.js",
            "mailto:a@b.org", "tel:+15550100", "/a/b/", "../x.md", "x.png", "?q", "#top", "https-ish://x"})
    void isWebAndIsAbsolute_agreeWithUri(String url) throws Exception {
        java.net.URI uri = new java.net.URI(url);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        assertThat(UrlSchemes.isWeb(url)).as(url).isEqualTo(scheme.equals("http") || scheme.equals("https"));
        assertThat(UrlSchemes.isAbsolute(url)).as(url).isEqualTo(uri.isAbsolute() || uri.getRawAuthority() != null);
    }
}
