package io.conduct.certifications;

import java.time.LocalDate;
import java.util.List;

import io.conduct.platform.graphql.Connection;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.NodeLoader;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.graphql.UserError;
import io.conduct.platform.validation.Outcome;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Campaigns: the list, opening and closing ad hoc ones, and {@code node(id:)} for
 * campaigns (those who manage them, and the people they ask).
 */
@Controller
class CampaignController {

	private final Campaigns campaigns;

	CampaignController(Campaigns campaigns) {
		this.campaigns = campaigns;
	}

	@Bean
	static NodeLoader campaignNodes(Campaigns campaigns) {
		return NodeLoader.of(CertificationIds.CAMPAIGN, campaigns::findVisible);
	}

	@QueryMapping
	Connection<CertificationCampaign> certificationCampaigns(@Argument Integer first, @Argument String after) {
		Paging paging = Paging.of(first, after);
		return Connection.of(this.campaigns.page(paging), paging, CampaignStore::cursorOf);
	}

	@SchemaMapping(typeName = CertificationIds.CAMPAIGN, field = "id")
	String id(CertificationCampaign campaign) {
		return GlobalId.encode(CertificationIds.CAMPAIGN, campaign.id());
	}

	@MutationMapping
	CampaignPayload certificationCampaignOpen(@Argument CertificationCampaignOpenInput input) {
		return CampaignPayload.of(this.campaigns.openAdHoc(input.name(), input.dueDate()));
	}

	@MutationMapping
	CampaignPayload certificationCampaignClose(@Argument CertificationCampaignCloseInput input) {
		return CampaignPayload
			.of(this.campaigns.close(CertificationIds.localId(input.campaignId(), CertificationIds.CAMPAIGN)));
	}

	/**
	 * The result of certificationCampaignOpen and certificationCampaignClose.
	 *
	 * @param campaign the campaign
	 * @param userErrors what to fix
	 */
	record CampaignPayload(CertificationCampaign campaign, List<UserError> userErrors) {

		static CampaignPayload of(Outcome<CertificationCampaign> outcome) {
			return new CampaignPayload(outcome.value(), outcome.userErrors());
		}

	}

	record CertificationCampaignOpenInput(String name, LocalDate dueDate) {
	}

	record CertificationCampaignCloseInput(String campaignId) {
	}

}
