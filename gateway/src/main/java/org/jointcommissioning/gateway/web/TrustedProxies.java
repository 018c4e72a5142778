package org.jointcommissioning.gateway.web;

import io.netty.util.NetUtil;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The proxies in front of the gateway whose word about the caller is taken: a list of addresses and CIDR ranges
 * (IPv4 or IPv6). Addresses are read only as literals, never looked up, so nothing here waits on a name server.
 */
public final class TrustedProxies {

    private record Range(byte[] network, int prefixBits) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefixBits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixBits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[whole] & mask) == (network[whole] & mask);
        }
    }

    private final List<Range> ranges = new ArrayList<>();

    public TrustedProxies(List<String> cidrs) {
        for (String cidr : cidrs) {
            String text = cidr.trim();
            if (!text.isEmpty()) {
                ranges.add(range(text));
            }
        }
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Whether the address (a literal) is one of the trusted proxies; anything that is not a literal is not. */
    public boolean trusts(String address) {
        byte[] bytes = parse(address);
        return bytes != null && ranges.stream().anyMatch(range -> range.contains(bytes));
    }

    /** The bytes of an IP literal (IPv4-mapped IPv6 addresses as IPv4), or null if it is not one. */
    static byte[] parse(String address) {
        if (address == null || address.isEmpty()) {
            return null;
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
        if (bytes != null && bytes.length == 16 && isIpv4Mapped(bytes)) {
            return Arrays.copyOfRange(bytes, 12, 16);
        }
        return bytes;
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }

    private static Range range(String cidr) {
        int slash = cidr.indexOf('/');
        byte[] network = parse(slash < 0 ? cidr : cidr.substring(0, slash));
        if (network == null) {
            throw new IllegalArgumentException("Not an address or CIDR range: " + cidr);
        }
        int bits = network.length * 8;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(cidr.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a CIDR range: " + cidr, e);
            }
        }
        if (bits < 0 || bits > network.length * 8) {
            throw new IllegalArgumentException("Not a CIDR range: " + cidr);
        }
        return new Range(network, bits);
    }
}
