package org.jointcommissioning.gateway.routing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UpstreamPoolTest {

    private final Upstream a = new Upstream("127.0.0.1", 8081, false);
    private final Upstream b = new Upstream("127.0.0.1", 8181, false);
    private final Upstream c = new Upstream("127.0.0.1", 8281, false);

    @Test
    void takesTurnsOverTheReadyCopies() {
        UpstreamPool pool = new UpstreamPool(List.of(a, b, c));
        assertEquals(List.of(a, b, c), pool.candidates());
        assertEquals(List.of(b, c, a), pool.candidates());
        pool.ready(b, false);
        assertEquals(List.of(c, a), pool.candidates());
        assertEquals(List.of(a, c), pool.candidates());
        assertFalse(pool.isReady(b));
        pool.ready(b, true);
        assertEquals(List.of(b, c, a), pool.candidates());
    }

    @Test
    void offersEveryCopyWhenNoneIsReady() {
        UpstreamPool pool = new UpstreamPool(List.of(a, b));
        pool.ready(a, false);
        pool.ready(b, false);
        assertFalse(pool.anyReady());
        assertEquals(2, pool.candidates().size());
        pool.ready(a, true);
        assertTrue(pool.anyReady());
        assertEquals(List.of(a), pool.candidates());
    }

    @Test
    void readsTheSingleAddressFormAndDefaultPorts() {
        assertEquals("http://127.0.0.1:8081", Upstream.of(java.net.URI.create("http://127.0.0.1:8081")).baseUrl());
        assertEquals("https://svc:443", Upstream.of(java.net.URI.create("https://svc")).baseUrl());
        assertEquals("http://svc:80", Upstream.of(java.net.URI.create("http://svc/")).baseUrl());
    }
}
