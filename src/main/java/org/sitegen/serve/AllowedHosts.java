package org.sitegen.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which {@code Host} (and {@code Origin}) the preview answers. DNS rebinding: a page at
 * {@code http://evil.example:8080/} whose name the attacker re-points at 127.0.0.1 makes the
 * browser send its requests to the preview, as same-origin requests whose answers the page may
 * read (drafts, the event stream). The browser still sends {@code Host: evil.example:8080}, so
 * the preview answers only names that no one else's DNS decides: {@code localhost}, loopback
 * addresses, the host it was configured with, and, when that is a wildcard address (listening
 * on every interface), any IP address literal (an address is not a name that can be re-pointed).
 * Any port is accepted: the port does not make a name safe or unsafe, and port forwarding
 * (a container, an SSH tunnel) changes it.
 */
final class AllowedHosts {
    /** name (a bracketed IPv6 literal or anything without a colon), then an optional :port. */
    private static final Pattern HOST = Pattern.compile("(\\[[0-9a-fA-F:.]+\\]|[^:\\[\\]]+)(?::([0-9]{1,5}))?");
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
            + "(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");

    private final String configured;
    /** The configured host's address when it is an IP literal, else null. */
    private final InetAddress configuredAddress;

    /** {@code host} as configured ({@code site-gen.host}): a name, an IPv4 or an IPv6 address. */
    AllowedHosts(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        this.configured = name.contains(":") && !name.startsWith("[") ? "[" + name + "]" : name;
        this.configuredAddress = literal(configured);
    }

    /** Whether a request with this {@code Host} header value is answered. */
    boolean allows(String hostHeader) {
        Matcher m = HOST.matcher(hostHeader == null ? "" : hostHeader);
        if (!m.matches() || m.group(2) != null && Integer.parseInt(m.group(2)) > 65535) {
            return false;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("localhost") || name.equals(configured)) {
            return true;
        }
        InetAddress address = literal(name);
        return address != null && (address.isLoopbackAddress() || address.equals(configuredAddress)
                || configuredAddress != null && configuredAddress.isAnyLocalAddress());
    }

    /**
     * Whether a request with this {@code Origin} may read the event stream: none (browsers send
     * none for same-origin {@code EventSource} requests) or exactly this server's own origin.
     */
    static boolean sameOrigin(String origin, String hostHeader) {
        return origin == null || origin.equalsIgnoreCase("http://" + hostHeader);
    }

    /** The address an IP literal spells (dotted IPv4 or bracketed IPv6), never a DNS lookup. */
    private static InetAddress literal(String name) {
        if (!IPV4.matcher(name).matches() && !(name.startsWith("[") && name.endsWith("]") && name.contains(":"))) {
            return null;
        }
        try {
            return InetAddress.getByName(name); // a literal: parsed, not looked up
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }
}
