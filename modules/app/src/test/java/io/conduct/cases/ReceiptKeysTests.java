package io.conduct.cases;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptKeysTests {

	@Test
	void keysAreRandomAndReadBackAsTyped() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			var key = ReceiptKeys.generate();
			assertThat(seen.add(key.display())).isTrue();
			assertThat(key.display()).matches("([0-9A-Z]{4}-){5}[0-9A-Z]{4}");
			assertThat(ReceiptKeys.parse(key.display().toLowerCase().replace("-", " "))).contains(key);
		}
	}

	@Test
	void anythingElseIsNoKey() {
		assertThat(ReceiptKeys.parse(null)).isEmpty();
		assertThat(ReceiptKeys.parse("ABCD")).isEmpty();
		assertThat(ReceiptKeys.parse("UUUU-UUUU-UUUU-UUUU-UUUU-UUUU")).isEmpty();
		assertThat(ReceiptKeys.parse("x".repeat(100))).isEmpty();
	}

	@Test
	void fileTypesAreTakenFromTheBytes() {
		assertThat(Attachments.contentType("%PDF-1.7 ...".getBytes())).isEqualTo("application/pdf");
		assertThat(Attachments.contentType(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0 }))
			.isEqualTo("image/png");
		assertThat(Attachments.contentType(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 }))
			.isEqualTo("image/jpeg");
		assertThat(Attachments.contentType("Grüße\nline two".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.isEqualTo("text/plain");
		assertThat(Attachments.contentType(new byte[] { 'P', 'K', 3, 4, 0, 0 })).isNull();
		assertThat(Attachments.contentType(new byte[] { 'M', 'Z', (byte) 0x90, 0 })).isNull();
	}

}
