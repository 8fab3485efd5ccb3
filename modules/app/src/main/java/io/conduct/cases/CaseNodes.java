package io.conduct.cases;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.conduct.platform.graphql.NodeLoader;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code node(id:)} for cases and what they hold. Everything a case holds is visible
 * exactly when its case is, to the same people (its handlers, those informed of it and
 * its signed-in reporter; never someone involved), because it is loaded through the case.
 */
@Configuration(proxyBeanMethods = false)
class CaseNodes {

	@Bean
	NodeLoader caseNodeLoader(CaseHandling handling) {
		return new Loader(CaseIds.CASE, handling::find);
	}

	@Bean
	NodeLoader caseMessageNodeLoader(CaseHandling handling) {
		return throughCase(CaseMessage.TYPE, handling,
				(reported, id) -> reported.message(id).map((m) -> CaseMessage.of(reported.id(), m)));
	}

	@Bean
	NodeLoader caseAttachmentNodeLoader(CaseHandling handling) {
		return throughCase(CaseAttachment.TYPE, handling,
				(reported, id) -> reported.attachment(id).map((a) -> CaseAttachment.of(reported.id(), a)));
	}

	@Bean
	NodeLoader caseAllegationNodeLoader(CaseHandling handling) {
		return throughCase(CaseAllegation.TYPE, handling, (reported,
				id) -> reported.investigationRecord().allegation(id).map((a) -> CaseAllegation.of(reported.id(), a)));
	}

	@Bean
	NodeLoader investigationEntryNodeLoader(CaseHandling handling) {
		return throughCase(InvestigationEntry.TYPE, handling, (reported,
				id) -> reported.investigationRecord().entry(id).map((e) -> InvestigationEntry.of(reported.id(), e)));
	}

	@Bean
	NodeLoader caseMeasureNodeLoader(CaseOutcomes outcomes) {
		return new Loader(CaseMeasure.TYPE, outcomes::find);
	}

	private static NodeLoader throughCase(String type, CaseHandling handling,
			BiFunction<Case, String, Optional<?>> itemOf) {
		return new Loader(type,
				(localId) -> CaseIds.itemOfLocalId(localId)
					.flatMap((item) -> handling.find(item.caseId())
						.flatMap((reported) -> itemOf.apply(reported, item.itemId()))));
	}

	/**
	 * Loads the nodes of one type.
	 *
	 * @param typeName the GraphQL type
	 * @param loading what a local id names, if the caller may see it
	 */
	record Loader(String typeName, Function<String, Optional<?>> loading) implements NodeLoader {

		@Override
		public Optional<Object> load(String localId) {
			return this.loading.apply(localId).map(Object.class::cast);
		}

	}

}
