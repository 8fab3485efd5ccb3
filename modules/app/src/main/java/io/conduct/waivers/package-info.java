/**
 * Waivers of the Code, as its section WAIVERS sets them: an employee's or officer's
 * request for an exception to a section of the version in force goes to their immediate
 * supervisor, then to the CFO/CAO; an executive officer's or director's goes through the
 * CFO/CAO to the Board (or its committee, where the tenant allows it), which alone
 * decides, with its resolution and recusals recorded. Sections the group's CFO/CAO marks
 * admit no exception. The CFO/CAO keeps the register of every request and its disposition
 * (also as CSV). A substantiated violation by an executive officer or a director with no
 * measure decided in time raises an implicit-waiver prompt. Waivers for executive
 * officers and directors (and Code amendments that apply to them) run a public-disclosure
 * clock: due a number of business days after the decision in the calendar of the group's
 * listing, with reminders, the disclosure (Form 8-K or website) and its retention
 * recorded.
 * <p>
 * Served through GraphQL; its one public type is {@link io.conduct.waivers.BoardMatters}
 * (with the records it returns): what awaits the Board, for the group's oversight. It
 * implements the Code's {@link io.conduct.code.AmendmentApproval}, which the Code calls
 * before and after it publishes an amendment that applies to executive officers or
 * directors. It reads the Code, the directory, the calendars and cases' events, and
 * writes notifications.
 */
@ApplicationModule(
		allowedDependencies = { "platform", "code", "people", "calendars", "notifications", "cases", "viewer" })
package io.conduct.waivers;

import org.springframework.modulith.ApplicationModule;
