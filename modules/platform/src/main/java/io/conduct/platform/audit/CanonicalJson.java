package io.conduct.platform.audit;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical form an audit entry is hashed in: JSON without whitespace, object members
 * sorted by name (by UTF-16 code unit, which is byte order for the ASCII names used),
 * members whose value is {@code null}, an empty object or an empty array left out;
 * strings escaped as RFC 8259 requires ({@code "}, {@code \} and the control characters
 * U+0000 to U+001F, as {@code \\uXXXX} except {@code \\n \\r \\t \\b \\f}), everything
 * else written as itself in UTF-8; integers in decimal. It is the subset of RFC 8785
 * (JSON canonicalization) that entries need: they hold only strings, integers, objects
 * and arrays.
 */
final class CanonicalJson {

	private CanonicalJson() {
	}

	static String of(Map<String, ?> object) {
		StringBuilder out = new StringBuilder();
		write(out, object);
		return out.toString();
	}

	private static void write(StringBuilder out, Object value) {
		if (value instanceof Map<?, ?> map) {
			TreeMap<String, Object> sorted = new TreeMap<>();
			map.forEach((key, member) -> {
				if (!isAbsent(member)) {
					sorted.put(String.valueOf(key), member);
				}
			});
			out.append('{');
			boolean first = true;
			for (Map.Entry<String, Object> member : sorted.entrySet()) {
				if (!first) {
					out.append(',');
				}
				first = false;
				string(out, member.getKey());
				out.append(':');
				write(out, member.getValue());
			}
			out.append('}');
		}
		else if (value instanceof Collection<?> list) {
			out.append('[');
			boolean first = true;
			for (Object element : list) {
				if (!first) {
					out.append(',');
				}
				first = false;
				write(out, element);
			}
			out.append(']');
		}
		else if (value instanceof Long || value instanceof Integer) {
			out.append(value);
		}
		else if (value instanceof String text) {
			string(out, text);
		}
		else {
			throw new IllegalArgumentException("Not canonical: " + value.getClass().getName());
		}
	}

	private static boolean isAbsent(Object value) {
		return value == null || (value instanceof Map<?, ?> map && map.isEmpty())
				|| (value instanceof Collection<?> list && list.isEmpty());
	}

	private static void string(StringBuilder out, String text) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

}
