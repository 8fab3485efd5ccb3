/**
 * Inquiries from the media, market professionals and security holders, as the Code's
 * CONFIDENTIALITY section has them handled: whoever receives one records it and is shown,
 * in their language, what the Code asks of them (decline to comment, refer the inquirer
 * to their supervisor or an authorized spokesperson); it goes to the tenant's
 * spokespersons and the recorder's supervisor; a spokesperson takes it and records the
 * answer or the refusal; one untouched for a business day of the tenant's calendar goes
 * to the CFO/CAO, and one that may concern material non-public information (INSIDER
 * TRADING) goes to the CFO/CAO at once, by rules kept as data
 * ({@code inquiries/mnpi-rules.json}). Served through GraphQL only: it offers no API to
 * other domains.
 */
@ApplicationModule(allowedDependencies = { "platform", "people", "calendars", "notifications" })
package io.conduct.inquiries;

import org.springframework.modulith.ApplicationModule;
