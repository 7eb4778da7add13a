package org.wirewatch.ingest.feed;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirewatch.ingest.format.RejectedInputException;

/** IP literals only: resolving them needs no DNS. */
class AddressGuardTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "http://127.0.0.1/feed      | loopback",
                "http://127.0.0.2:8080/feed | loopback",
                "http://[::1]/feed          | loopback",
                "http://0.0.0.0/feed        | any-local",
                "http://10.0.0.1/feed       | private",
                "http://172.16.5.4/feed     | private",
                "http://172.31.255.1/feed   | private",
                "http://192.168.1.1/feed    | private",
                "http://[fc00::1]/feed      | unique local",
                "http://[fd12:3456::1]/feed | unique local",
                "http://169.254.169.254/    | link-local",
                "http://[fe80::1]/feed      | link-local",
                "http://224.0.0.1/feed      | multicast",
                "http://100.64.0.1/feed     | carrier-grade NAT",
                "http://100.127.255.1/feed  | carrier-grade NAT",
                "http://[::ffff:10.0.0.1]/  | private",
            })
    void shouldRefuseNonPublicAddressesByDefault(String url, String kind) {
        assertThatThrownBy(() -> AddressGuard.publicOnly().check(URI.create(url)))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining(kind)
                .hasMessageContaining("only public addresses are fetched");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"http://8.8.8.8/feed", "https://100.128.0.1/feed", "http://172.32.0.1/", "http://[2001:db8::1]/"
            })
    void shouldAllowPublicAddresses(String url) {
        assertThatCode(() -> AddressGuard.publicOnly().check(URI.create(url))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.1/feed", "http://127.0.0.1/feed", "http://169.254.169.254/"})
    void shouldAllowPrivateAddressesWhenConfigured(String url) {
        assertThatCode(() -> AddressGuard.allowingPrivate().check(URI.create(url)))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://8.8.8.8/feed", "gopher://8.8.8.8/", "jar:http://8.8.8.8/x!/"})
    void shouldRefuseSchemesOtherThanHttp(String url) {
        assertThatThrownBy(() -> AddressGuard.allowingPrivate().check(URI.create(url)))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("only http and https");
    }

    @Test
    void shouldAllowATrustedEndpointOnlyOnItsAddressAndPort() throws Exception {
        AddressGuard guard =
                AddressGuard.publicOnlyAnd(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 8080));

        assertThatCode(() -> guard.check(URI.create("http://127.0.0.1:8080/feed")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> guard.check(URI.create("http://127.0.0.1:8081/feed")))
                .isInstanceOf(RejectedInputException.class);
        assertThatThrownBy(() -> guard.check(URI.create("http://127.0.0.2:8080/feed")))
                .isInstanceOf(RejectedInputException.class);
    }
}
