package org.jointcommissioning.gateway.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrustedProxiesTest {

    @Test
    void matchesAddressesInsideTheRangesOnly() {
        TrustedProxies trusted = new TrustedProxies(List.of("10.0.0.0/8", " 192.168.4.1 ", "fd00::/8", "172.16.0.0/12"));
        assertTrue(trusted.trusts("10.255.1.2"));
        assertTrue(trusted.trusts("192.168.4.1"));
        assertFalse(trusted.trusts("192.168.4.2"));
        assertTrue(trusted.trusts("172.31.255.255"));
        assertFalse(trusted.trusts("172.32.0.1"));
        assertTrue(trusted.trusts("fd12:3456::1"));
        assertFalse(trusted.trusts("fe80::1"));
        // An IPv4 peer seen through an IPv6 socket.
        assertTrue(trusted.trusts("::ffff:10.1.2.3"));
    }

    @Test
    void neverTrustsWhatIsNotAnAddressLiteral() {
        TrustedProxies trusted = new TrustedProxies(List.of("0.0.0.0/0"));
        assertFalse(trusted.trusts("localhost"));
        assertFalse(trusted.trusts("unknown"));
        assertFalse(trusted.trusts(""));
        assertFalse(trusted.trusts(null));
    }

    @Test
    void isEmptyByDefaultAndRefusesWhatIsNotARange() {
        assertTrue(new TrustedProxies(List.of()).isEmpty());
        assertTrue(new TrustedProxies(List.of("")).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies(List.of("10.0.0.0/33")));
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies(List.of("proxy.example.org")));
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies(List.of("10.0.0.0/x")));
    }
}
