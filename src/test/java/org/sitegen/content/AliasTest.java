package org.sitegen.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AliasTest {

    @ParameterizedTest
    @CsvSource({
            "/2015/03/17/old-post.html, /2015/03/17/old-post.html",
            "/old/slug/, /old/slug/",
            "/old/slug, /old/slug/", // Hugo's and Jekyll's folder spelling
            "'  /old//slug/ ', /old/slug/",
            "/posts/Old.HTM, /posts/Old.HTM",
            "/caf%C3%A9/, /café/",
            "/a%20b.html, /a b.html",
            "/v1.2/notes, /v1.2/notes/", // a '.' inside a folder name: a file only when its name ends .html/.htm
    })
    void normalise_acceptedSpellings(String written, String expected) throws Exception {
        // "/v1.2/notes": the last segment has no '.', so it is a folder
        assertThat(Alias.normalise(written)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "old/post.html", "https://old.example/x/", "//host/x/", "/a/../b/", "/./a/",
            "/x.php", "/x/?q=1", "/x/#top", "/%2F/", "/%zz/", "/%C3/", "/", "///", "/a:b/", "/a\\b/", "/a\u0001/",
            "/dot./", "/%00/"})
    void normalise_refused(String written) {
        assertThatThrownBy(() -> Alias.normalise(written)).isInstanceOf(Alias.NotAnAlias.class)
                .hasMessageNotContaining("\u0001");
    }

    @Test
    void outputPath_folderIsItsIndex_fileIsItself() {
        assertThat(new Alias("/old/slug/", null).outputPath()).isEqualTo("old/slug/index.html");
        assertThat(new Alias("/2015/x.html", null).outputPath()).isEqualTo("2015/x.html");
    }
}
