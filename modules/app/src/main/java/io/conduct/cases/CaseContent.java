package io.conduct.cases;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.crypto.RecordKey;
import io.conduct.platform.crypto.RecordKeys;
import io.conduct.platform.errors.ConductException;

import org.springframework.dao.DuplicateKeyException;

/**
 * What people wrote into a case, sealed with the case's own key (AES-256-GCM, bound to
 * the case and the field), which the key vault keeps wrapped by the tenant's data key:
 * the report's description, when and where, the names of the people involved and why, who
 * else knows, file names and files, messages, timeline notes, merit reasons, allegations
 * and findings, investigation entries, results, the knowingly-false notes. What cases are
 * filtered and sorted by (status, dates, category, channel, roles, ids) stays in the
 * clear. Destroying the key (deleting the case) shreds all of it, in every copy.
 */
class CaseContent {

	/** The kind of record in the key vault. */
	static final String KIND = "Case";

	/** What a sealed text reads as once its case's key is destroyed. */
	static final String SHREDDED = AuditTrail.SHREDDED;

	private final RecordKeys keys;

	CaseContent(RecordKeys keys) {
		this.keys = keys;
	}

	/**
	 * The key of a case, made on its first use; refused for a case whose content was
	 * deleted.
	 */
	RecordKey keyFor(String caseId) {
		Optional<RecordKey> found = this.keys.find(KIND, caseId);
		if (found.isPresent()) {
			return found.get();
		}
		if (this.keys.isDestroyed(KIND, caseId)) {
			throw ConductException.conflict("The case's content was deleted");
		}
		try {
			return this.keys.create(KIND, caseId);
		}
		catch (DuplicateKeyException ex) {
			// made meanwhile by another request
			return this.keys.find(KIND, caseId).orElseThrow(() -> ex);
		}
	}

	Case seal(Case plain, RecordKey key) {
		return map(plain, key::seal);
	}

	/** The case as people read it; a case without its key reads without its content. */
	Case open(Case stored) {
		if (stored == null) {
			return null;
		}
		return map(stored, opener(this.keys.find(KIND, stored.id()).orElse(null)));
	}

	/** Cases as people read them, with one read of the key vault at most. */
	List<Case> open(List<Case> stored) {
		if (stored.isEmpty()) {
			return stored;
		}
		Map<String, RecordKey> found = this.keys.findAll(KIND, stored.stream().map(Case::id).toList());
		return stored.stream().map((c) -> map(c, opener(found.get(c.id())))).toList();
	}

	Message seal(Message message, RecordKey key) {
		return map(message, key::seal);
	}

	CaseEvent seal(CaseEvent event, RecordKey key) {
		return map(event, key::seal);
	}

	List<CaseEvent> seal(Collection<CaseEvent> events, RecordKey key) {
		return events.stream().map((event) -> seal(event, key)).toList();
	}

	Report.Involved seal(Report.Involved involved, RecordKey key) {
		return map(involved, key::seal);
	}

	Allegation seal(Allegation allegation, RecordKey key) {
		return map(allegation, key::seal);
	}

	InvestigationRecord.Entry seal(InvestigationRecord.Entry entry, RecordKey key) {
		return map(entry, key::seal);
	}

	InvestigationRecord.Results seal(InvestigationRecord.Results results, RecordKey key) {
		return map(results, key::seal);
	}

	MeritReview.Determination seal(MeritReview.Determination determination, RecordKey key) {
		return map(determination, key::seal);
	}

	ReporterRecord.KnowinglyFalseFinding seal(ReporterRecord.KnowinglyFalseFinding finding, RecordKey key) {
		return map(finding, key::seal);
	}

	private static Texts opener(RecordKey key) {
		if (key == null) {
			return (value, field) -> RecordKey.isSealed(value) ? SHREDDED : value;
		}
		return key::open;
	}

	/** What is done to each text: sealed or opened, bound to its field. */
	@FunctionalInterface
	interface Texts {

		String apply(String value, String field);

	}

	private static Case map(Case c, Texts t) {
		return new Case(c.id(), c.number(), c.status(), c.closedAt(), map(c.report(), t), map(c.reporter(), t),
				c.routing(), c.deadlines(), c.messages().stream().map((m) -> map(m, t)).toList(),
				c.timeline().stream().map((e) -> map(e, t)).toList(), map(c.meritReview(), t), c.investigation(),
				map(c.investigationRecord(), t), c.version());
	}

	private static Report map(Report r, Texts t) {
		if (r == null) {
			return null;
		}
		return new Report(r.category(), r.recipient(), r.channel(), r.reporterMode(),
				t.apply(r.description(), "description"), t.apply(r.occurredWhen(), "occurredWhen"),
				t.apply(r.location(), "location"), r.involved().stream().map((i) -> map(i, t)).toList(),
				t.apply(r.othersAware(), "othersAware"), r.language(), map(r.attachments(), t), r.receivedAt());
	}

	private static Report.Involved map(Report.Involved i, Texts t) {
		return new Report.Involved(i.personId(), t.apply(i.name(), "involved.name"), i.origin(),
				t.apply(i.reason(), "involved.reason"), i.by(), i.at());
	}

	private static List<Attachment> map(List<Attachment> attachments, Texts t) {
		return attachments.stream()
			.map((a) -> new Attachment(a.id(), t.apply(a.fileName(), "attachment.fileName"), a.contentType(), a.size()))
			.toList();
	}

	private static ReporterRecord map(ReporterRecord r, Texts t) {
		if (r == null || r.knowinglyFalseFinding() == null) {
			return r;
		}
		return new ReporterRecord(r.ref(), r.identity(), r.anonymousAccess(), r.knowinglyFalse(),
				map(r.knowinglyFalseFinding(), t));
	}

	private static ReporterRecord.KnowinglyFalseFinding map(ReporterRecord.KnowinglyFalseFinding f, Texts t) {
		return new ReporterRecord.KnowinglyFalseFinding(f.status(), f.proposedBy(),
				t.apply(f.proposalNote(), "knowinglyFalse.proposalNote"), f.proposedAt(), f.decidedBy(),
				t.apply(f.decisionNote(), "knowinglyFalse.decisionNote"), f.decidedAt());
	}

	private static Message map(Message m, Texts t) {
		return new Message(m.id(), m.author(), m.authorSubject(), t.apply(m.body(), "message.body"),
				map(m.attachments(), t), m.at(), m.purpose());
	}

	private static CaseEvent map(CaseEvent e, Texts t) {
		return new CaseEvent(e.type(), e.at(), e.actorSubject(), t.apply(e.note(), "event.note"));
	}

	private static MeritReview map(MeritReview m, Texts t) {
		if (m == null) {
			return null;
		}
		return new MeritReview(m.status(), m.due(), m.determinations().stream().map((d) -> map(d, t)).toList());
	}

	private static MeritReview.Determination map(MeritReview.Determination d, Texts t) {
		return new MeritReview.Determination(d.role(), d.subject(), d.withoutMerit(),
				t.apply(d.reason(), "merit.reason"), d.at());
	}

	private static InvestigationRecord map(InvestigationRecord r, Texts t) {
		return new InvestigationRecord(r.allegations().stream().map((a) -> map(a, t)).toList(),
				r.entries().stream().map((e) -> map(e, t)).toList(), map(r.results(), t));
	}

	private static Allegation map(Allegation a, Texts t) {
		return new Allegation(a.id(), a.kind(), t.apply(a.summary(), "allegation.summary"), a.subjectPersonId(),
				a.finding(), t.apply(a.findingNote(), "allegation.findingNote"), a.findingBy(), a.findingAt());
	}

	private static InvestigationRecord.Entry map(InvestigationRecord.Entry e, Texts t) {
		return new InvestigationRecord.Entry(e.id(), e.type(), t.apply(e.summary(), "entry.summary"), e.personId(),
				map(e.attachments(), t), e.by(), e.at());
	}

	private static InvestigationRecord.Results map(InvestigationRecord.Results r, Texts t) {
		if (r == null) {
			return null;
		}
		return new InvestigationRecord.Results(t.apply(r.summary(), "results.summary"),
				t.apply(r.recommendation(), "results.recommendation"), r.by(), r.at(), r.toBoard());
	}

}
