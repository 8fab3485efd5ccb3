package io.conduct.certifications;

import java.util.Collection;

/**
 * How far a campaign, or part of it, has come.
 *
 * @param assigned people asked to certify
 * @param completed certified without exception
 * @param exceptions certified with an exception, for the CFO/CAO
 * @param pending not yet certified
 * @param overdue pending past the due date
 */
record CompletionCounts(long assigned, long completed, long exceptions, long pending, long overdue) {

	static final CompletionCounts NONE = new CompletionCounts(0, 0, 0, 0, 0);

	/** The share that certified, with or without exception, 0 to 1. */
	public double completionRate() {
		return (this.assigned == 0) ? 0 : (double) (this.completed + this.exceptions) / this.assigned;
	}

	CompletionCounts plus(CompletionCounts other) {
		return new CompletionCounts(this.assigned + other.assigned, this.completed + other.completed,
				this.exceptions + other.exceptions, this.pending + other.pending, this.overdue + other.overdue);
	}

	static CompletionCounts sum(Collection<CompletionCounts> counts) {
		return counts.stream().reduce(NONE, CompletionCounts::plus);
	}

	static CompletionCounts of(CertificationAssignment.Status status, long count) {
		return switch (status) {
			case COMPLETED -> new CompletionCounts(count, count, 0, 0, 0);
			case EXCEPTION_RAISED -> new CompletionCounts(count, 0, count, 0, 0);
			case PENDING -> new CompletionCounts(count, 0, 0, count, 0);
			case WITHDRAWN -> NONE;
		};
	}

	CompletionCounts withOverdue(long overdueCount) {
		return new CompletionCounts(this.assigned, this.completed, this.exceptions, this.pending, overdueCount);
	}

}
