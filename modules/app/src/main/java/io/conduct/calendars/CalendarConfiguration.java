package io.conduct.calendars;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads and checks the calendar data files at startup; wrong data stops the start. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	/** Where the data files are. */
	static final String LOCATION = "classpath*:calendars/";

	@Bean
	CalendarLibrary calendarLibrary() {
		return CalendarFiles.load(LOCATION);
	}

}
