package io.conduct.waivers;

/** A decision on a waiver request, by the CFO/CAO or the Board. */
enum WaiverDecision {

	APPROVE, DENY

}
