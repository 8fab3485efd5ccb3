package io.conduct.cases;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.conduct.platform.graphql.NodeLoader;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code node(id:)} for cases and what they hold. Everything a case holds is visible
 * exactly when its case is, to the same people (those who steer or investigate it, a
 * supervisor who received it, those informed of it; never someone involved), because it
 * is loaded through the case. Its signed-in reporter loads their {@link ReporterCaseView}
 * and what it shows (the messages, the files of the report and of the messages), and
 * nothing else.
 */
@Configuration(proxyBeanMethods = false)
class CaseNodes {

	@Bean
	NodeLoader caseNodeLoader(CaseHandling handling) {
		return new Loader(CaseIds.CASE, handling::find);
	}

	@Bean
	NodeLoader reporterCaseViewNodeLoader(CaseHandling handling) {
		return new Loader(ReporterCaseView.TYPE,
				(localId) -> handling.findOwnReport(localId).map(ReporterCaseView::of));
	}

	@Bean
	NodeLoader caseMessageNodeLoader(CaseHandling handling) {
		BiFunction<Case, String, Optional<?>> message = (reported, id) -> reported.message(id)
			.map((m) -> CaseMessage.of(reported.id(), m));
		return new Loader(CaseMessage.TYPE,
				(localId) -> CaseIds.itemOfLocalId(localId)
					.flatMap((item) -> handling.find(item.caseId())
						.or(() -> handling.findOwnReport(item.caseId()))
						.flatMap((reported) -> message.apply(reported, item.itemId()))));
	}

	@Bean
	NodeLoader caseAttachmentNodeLoader(CaseHandling handling) {
		return new Loader(CaseAttachment.TYPE,
				(localId) -> CaseIds.itemOfLocalId(localId)
					.flatMap((item) -> handling.find(item.caseId())
						.flatMap((reported) -> reported.attachment(item.itemId()))
						.or(() -> handling.findOwnReport(item.caseId())
							.flatMap((reported) -> reported.reporterAttachment(item.itemId())))
						.map((file) -> CaseAttachment.of(item.caseId(), file))));
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
