package io.conduct.calendars;

import io.conduct.calendars.CalendarViews.CalendarCatalogView;
import io.conduct.calendars.CalendarViews.ExchangeCalendarView;
import io.conduct.calendars.CalendarViews.TenantCalendarUpdateInput;
import io.conduct.calendars.CalendarViews.TenantCalendarUpdatePayload;
import io.conduct.calendars.CalendarViews.TenantCalendarView;
import io.conduct.platform.validation.Outcome;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class CalendarController {

	private final CalendarService service;

	CalendarController(CalendarService service) {
		this.service = service;
	}

	@QueryMapping
	TenantCalendarView tenantCalendar(@Argument Integer year) {
		return this.service.tenantCalendar(year);
	}

	@QueryMapping
	ExchangeCalendarView exchangeCalendar(@Argument String mic, @Argument int year) {
		return this.service.exchangeCalendar(mic, year).orElse(null);
	}

	@QueryMapping
	CalendarCatalogView calendarCatalog() {
		return this.service.catalog();
	}

	@MutationMapping
	TenantCalendarUpdatePayload tenantCalendarUpdate(@Argument TenantCalendarUpdateInput input) {
		Outcome<TenantCalendarView> outcome = this.service.update(input);
		return new TenantCalendarUpdatePayload(outcome.value(), outcome.userErrors());
	}

}
