package org.wirewatch.ingest.feed;

import static java.util.Objects.requireNonNull;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import org.wirewatch.ingest.format.RejectedInputException;

/**
 * Decides which feed URLs may be connected to, so that a feed (or a redirect it answers with) cannot
 * make the poller reach the machine itself, the intranet or a cloud metadata service (SSRF). Only
 * http and https are allowed; the host is resolved and every address it resolves to must be public,
 * unless private addresses are allowed or the address and port are trusted by name.
 *
 * <p>The check resolves the name itself, and the HTTP client resolves it again to connect: a DNS
 * server that answers differently within that moment (rebinding) is not stopped by this guard.
 *
 * @param allowPrivate whether loopback, private, link-local, CGNAT, multicast and any-local
 *     addresses are allowed (an operator polling an intranet feed); false by default
 * @param trusted endpoints allowed even when private addresses are not (e.g. one local test server)
 */
public record AddressGuard(boolean allowPrivate, Set<InetSocketAddress> trusted) {

    public AddressGuard {
        trusted = Set.copyOf(requireNonNull(trusted, "trusted"));
    }

    /** The default: public addresses only. */
    public static AddressGuard publicOnly() {
        return new AddressGuard(false, Set.of());
    }

    public static AddressGuard allowingPrivate() {
        return new AddressGuard(true, Set.of());
    }

    /** Public addresses, and exactly these endpoints besides. */
    public static AddressGuard publicOnlyAnd(InetSocketAddress... endpoints) {
        return new AddressGuard(false, Set.of(endpoints));
    }

    /**
     * @throws RejectedInputException when the URL is not http(s), its host does not resolve, or it
     *     resolves to an address this guard refuses; the reason names the address and its kind
     */
    void check(URI url) throws RejectedInputException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RejectedInputException("refused " + url + ": only http and https feeds are fetched");
        }
        if (url.getHost() == null) {
            throw new RejectedInputException("refused " + url + ": the URL names no host");
        }
        int port = url.getPort() >= 0 ? url.getPort() : scheme.equals("https") ? 443 : 80;
        for (InetAddress address : resolve(url)) {
            String kind = nonPublicKind(address);
            if (kind != null && !allowPrivate && !trusted.contains(new InetSocketAddress(address, port))) {
                throw new RejectedInputException("refused " + url + ": " + url.getHost() + " resolves to "
                        + address.getHostAddress() + ", a " + kind
                        + " address; only public addresses are fetched unless private addresses are allowed");
            }
        }
    }

    private static InetAddress[] resolve(URI url) throws RejectedInputException {
        try {
            return InetAddress.getAllByName(url.getHost());
        } catch (UnknownHostException e) {
            throw new RejectedInputException("refused " + url + ": host " + url.getHost() + " does not resolve", e);
        }
    }

    /** @return what kind of non-public address this is, or null for a public address */
    static String nonPublicKind(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isAnyLocalAddress()) {
            return "any-local";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc) {
            return "private (unique local, fc00::/7)";
        }
        if (address instanceof Inet4Address && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64) {
            return "carrier-grade NAT (100.64.0.0/10)";
        }
        return null;
    }
}
