package io.conduct.oversight;

import io.conduct.platform.graphql.Connection;
import io.conduct.platform.graphql.NodeLoader;
import io.conduct.platform.graphql.Paging;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The group's escalated matters for the Board and the Audit Committee, and
 * {@code node(id:)} for each.
 */
@Controller
class EscalationsController {

	private final GroupEscalations escalations;

	EscalationsController(GroupEscalations escalations) {
		this.escalations = escalations;
	}

	@QueryMapping
	Connection<EscalatedMatter> groupEscalatedMatters(@Argument Integer first, @Argument String after,
			@Argument GroupEscalations.Filter filter) {
		Paging paging = Paging.of(first, after);
		return Connection.of(this.escalations.page((filter != null) ? filter : GroupEscalations.Filter.NONE, paging),
				paging, GroupEscalations.GroupCursor::cursorOf);
	}

	@Bean
	static NodeLoader escalatedMatterNodeLoader(GroupEscalations escalations) {
		return NodeLoader.of(EscalatedMatter.TYPE, escalations::find);
	}

}
