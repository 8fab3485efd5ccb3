package io.conduct.oversight;

import java.util.Arrays;

import io.conduct.cases.EscalationKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every reason the cases escalate for is a kind of matter of the group's list. */
class MatterKindTests {

	@Test
	void everyCaseKindIsAMatterKindAndBack() {
		for (EscalationKind kind : EscalationKind.values()) {
			assertThat(MatterKind.of(kind).caseKind()).isEqualTo(kind);
		}
		assertThat(Arrays.stream(MatterKind.values()).filter((k) -> k.caseKind() == null)).containsExactlyInAnyOrder(
				MatterKind.WAIVER_AWAITING_BOARD, MatterKind.CODE_AMENDMENT_TO_DISCLOSE,
				MatterKind.CONFLICT_DETERMINATION_FOR_BOARD);
	}

}
