package io.conduct.oversight;

import java.util.List;

import io.conduct.cases.Channel;
import io.conduct.cases.ReportCategory;
import io.conduct.platform.graphql.Connection;
import io.conduct.platform.graphql.Paging;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The group's analytics of a fiscal quarter. */
@Controller
class AnalyticsController {

	private final GroupAnalytics analytics;

	AnalyticsController(GroupAnalytics analytics) {
		this.analytics = analytics;
	}

	@QueryMapping
	GroupAnalytics.Report groupAnalytics(@Argument int fiscalYear, @Argument int quarter) {
		return this.analytics.quarter(fiscalYear, quarter);
	}

	/** The rows come from one round over the tenants: a page is cut from them. */
	@SchemaMapping(typeName = "GroupAnalytics", field = "tenants")
	Connection<GroupAnalytics.TenantAnalytics> tenants(GroupAnalytics.Report report, @Argument Integer first,
			@Argument String after) {
		List<GroupAnalytics.TenantAnalytics> rows = report.tenants();
		return Connection.slice(rows, Paging.of(first, after), (r) -> String.format("%04d", rows.indexOf(r)));
	}

	@SchemaMapping(typeName = "CategoryAnalytics", field = "category")
	ReportCategory category(GroupAnalytics.Part<ReportCategory> part) {
		return part.key();
	}

	@SchemaMapping(typeName = "ChannelAnalytics", field = "channel")
	Channel channel(GroupAnalytics.Part<Channel> part) {
		return part.key();
	}

}
