package io.conduct.platform.graphql;

import io.conduct.platform.errors.ConductException;
import io.conduct.platform.errors.ErrorCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagingTests {

	@Test
	void anAbsentOrNullSizeIsTheDefault() {
		assertThat(Paging.of(null, null)).isEqualTo(new Paging(Paging.DEFAULT, null));
	}

	@Test
	void sizesOutsideOneToAHundredAreBadRequests() {
		for (int size : new int[] { 0, -1, 101 }) {
			assertThatThrownBy(() -> Paging.of(size, null)).isInstanceOf(ConductException.class)
				.extracting((ex) -> ((ConductException) ex).code())
				.isEqualTo(ErrorCode.BAD_REQUEST);
		}
		assertThat(Paging.of(1, null).first()).isEqualTo(1);
		assertThat(Paging.of(100, null).first()).isEqualTo(100);
	}

	@Test
	void aCursorThatIsNotOursIsABadRequestNeverAFirstPage() {
		for (String cursor : new String[] { "", "not-a-cursor", "%%%" }) {
			assertThatThrownBy(() -> Paging.of(10, cursor)).isInstanceOf(ConductException.class);
		}
		String ours = Cursors.encode(java.time.Instant.parse("2026-09-01T00:00:00Z"), "c1");
		assertThat(Paging.of(10, ours).after().id()).isEqualTo("c1");
	}

}
