package org.sitegen.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Host allow-lists of configurations the socket tests cannot bind to (a name, every interface). */
class AllowedHostsTest {

    @Test
    void configuredName_answeredWithAnyPort_othersNot() {
        AllowedHosts hosts = new AllowedHosts("Preview.Example");
        assertThat(hosts.allows("preview.example")).isTrue();
        assertThat(hosts.allows("PREVIEW.EXAMPLE:8080")).isTrue();
        assertThat(hosts.allows("localhost:8080")).isTrue();
        assertThat(hosts.allows("[::1]:8080")).isTrue();
        assertThat(hosts.allows("preview.example.evil.example")).isFalse();
        assertThat(hosts.allows("192.168.1.20:8080")).as("no IP but loopback when bound to a name").isFalse();
        assertThat(hosts.allows("preview.example:65536")).isFalse();
    }

    @Test
    void wildcardAddress_answersAnyIpLiteral_butNoOtherName() {
        for (String wildcard : new String[] {"0.0.0.0", "::", "[::]"}) {
            AllowedHosts hosts = new AllowedHosts(wildcard);
            assertThat(hosts.allows("192.168.1.20:8080")).as(wildcard).isTrue();
            assertThat(hosts.allows("[fe80::1]:8080")).as(wildcard).isTrue();
            assertThat(hosts.allows("localhost")).as(wildcard).isTrue();
            assertThat(hosts.allows("evil.example:8080")).as(wildcard).isFalse();
            assertThat(hosts.allows("192.168.1.20.nip.io:8080")).as(wildcard).isFalse();
            assertThat(hosts.allows("192.168.1.256")).as(wildcard).isFalse();
        }
    }

    @Test
    void specificAddress_answersItselfAndLoopbackOnly() {
        AllowedHosts hosts = new AllowedHosts("192.168.1.20");
        assertThat(hosts.allows("192.168.1.20:8080")).isTrue();
        assertThat(hosts.allows("127.0.0.1")).isTrue();
        assertThat(hosts.allows("192.168.1.21:8080")).isFalse();
        AllowedHosts v6 = new AllowedHosts("fd00::20");
        assertThat(v6.allows("[fd00::20]:8080")).isTrue();
        assertThat(v6.allows("[FD00::20]")).isTrue();
        assertThat(v6.allows("[fd00:0:0::0020]")).isTrue();
        assertThat(v6.allows("[fd00::21]")).isFalse();
    }

    @Test
    void origin_mustBeThisServersOwn() {
        assertThat(AllowedHosts.sameOrigin(null, "localhost:8080")).isTrue();
        assertThat(AllowedHosts.sameOrigin("http://localhost:8080", "localhost:8080")).isTrue();
        assertThat(AllowedHosts.sameOrigin("http://localhost:8081", "localhost:8080")).isFalse();
        assertThat(AllowedHosts.sameOrigin("null", "localhost:8080")).isFalse();
        assertThat(AllowedHosts.sameOrigin("https://localhost:8080", "localhost:8080")).isFalse();
    }
}
