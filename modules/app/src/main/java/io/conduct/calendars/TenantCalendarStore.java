package io.conduct.calendars;

import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The calendar settings in the current tenant's database: one document, read and written
 * by its id, so no other index is needed.
 */
@Component
class TenantCalendarStore {

	private final MongoTemplate tenantData;

	TenantCalendarStore(MongoTemplate tenantData) {
		this.tenantData = tenantData;
	}

	Optional<TenantCalendarSettings> find() {
		return Optional.ofNullable(this.tenantData.findById(TenantCalendarSettings.ID, TenantCalendarSettings.class));
	}

	TenantCalendarSettings current() {
		return find().orElse(TenantCalendarSettings.DEFAULTS);
	}

	TenantCalendarSettings save(TenantCalendarSettings settings) {
		return this.tenantData.save(settings);
	}

}
