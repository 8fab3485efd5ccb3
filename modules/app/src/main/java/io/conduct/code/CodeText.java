package io.conduct.code;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the Code's plain text into sections (a line in capitals opens one), and hashes a
 * translation's exact text.
 */
final class CodeText {

	private static final Pattern HEADING = Pattern.compile("^[A-Z][A-Z ,'&/-]{3,}$");

	private CodeText() {
	}

	/**
	 * Sections of a text whose first line is the issuer and second non-blank line the
	 * title.
	 */
	static CodeVersion.Translation parse(String language, String text) {
		List<String> lines = text.lines().toList();
		String title = lines.stream().filter((l) -> !l.isBlank()).skip(1).findFirst().orElse("Code").trim();
		List<CodeVersion.Section> sections = new ArrayList<>();
		String heading = "Introduction";
		StringBuilder body = new StringBuilder();
		boolean titleSeen = false;
		for (String line : lines) {
			if (!titleSeen) {
				titleSeen = line.trim().equals(title);
				continue;
			}
			if (HEADING.matcher(line.trim()).matches()) {
				add(sections, heading, body);
				heading = line.trim();
				body.setLength(0);
			}
			else {
				body.append(line).append('\n');
			}
		}
		add(sections, heading, body);
		return withHash(language, title, sections);
	}

	static CodeVersion.Translation withHash(String language, String title, List<CodeVersion.Section> sections) {
		return new CodeVersion.Translation(language, title, sections, hash(title, sections));
	}

	/** SHA-256 of the title and every heading and body, in order. */
	static String hash(String title, List<CodeVersion.Section> sections) {
		StringBuilder canonical = new StringBuilder(title).append('\n');
		sections.forEach((s) -> canonical.append("\n## ").append(s.heading()).append('\n').append(s.body()));
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String keyOf(String heading) {
		return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

	private static void add(List<CodeVersion.Section> sections, String heading, StringBuilder body) {
		String text = body.toString().strip();
		if (!text.isEmpty()) {
			sections.add(new CodeVersion.Section(keyOf(heading), heading, text, appliesToExecutives(heading)));
		}
	}

	/**
	 * Whether a section of the Code's own text applies to executive officers or directors
	 * in particular: its section on directors, and the one on waivers (which names them).
	 */
	static boolean appliesToExecutives(String heading) {
		return heading.equals("DIRECTORS") || heading.startsWith("WAIVERS");
	}

}
