package io.conduct.platform.budget;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.HexFormat;

/**
 * Where a request comes from, for budgets per source: a client address (an IPv6 address
 * by its /64 network, which one client holds whole) or a signed-in subject. It never
 * shows what it holds: only {@link SourceBudgets} reads it, to count it under a keyed
 * hash; it is not logged, stored or handed on.
 */
public final class RequestSource {

	/** The key of the request's source in the GraphQL context. */
	public static final String CONTEXT_KEY = "io.conduct.platform.budget.RequestSource";

	/** A request whose source is not known: all such requests share one budget. */
	public static final RequestSource UNKNOWN = new RequestSource("unknown");

	private final String value;

	private RequestSource(String value) {
		this.value = value;
	}

	public static RequestSource ofAddress(InetAddress address) {
		if (address == null) {
			return UNKNOWN;
		}
		if (address instanceof Inet6Address ipv6) {
			byte[] bytes = ipv6.getAddress();
			if (isIpv4Mapped(bytes)) {
				return new RequestSource("ip:" + (bytes[12] & 0xff) + '.' + (bytes[13] & 0xff) + '.'
						+ (bytes[14] & 0xff) + '.' + (bytes[15] & 0xff));
			}
			return new RequestSource("ip6:" + HexFormat.of().formatHex(bytes, 0, 8) + "/64");
		}
		if (address instanceof Inet4Address) {
			return new RequestSource("ip:" + address.getHostAddress());
		}
		return UNKNOWN;
	}

	/** A signed-in subject of a tenant. */
	public static RequestSource ofSubject(String tenantKey, String subject) {
		return new RequestSource("sub:" + tenantKey + '/' + subject);
	}

	private static boolean isIpv4Mapped(byte[] bytes) {
		for (int i = 0; i < 10; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
	}

	/** What is counted, for {@link SourceBudgets} only. */
	String value() {
		return this.value;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RequestSource source && source.value.equals(this.value);
	}

	@Override
	public int hashCode() {
		return this.value.hashCode();
	}

	@Override
	public String toString() {
		return "RequestSource[not shown]";
	}

}
