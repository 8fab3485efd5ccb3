package io.conduct.platform.records;

/** The kinds of records a retention schedule can name. */
public enum RecordKind {

	/** A reported case. */
	CASE,

	/** A disclosure of an interest or a relationship (a conflict of interest). */
	DISCLOSURE,

	/** A certification of the Code. */
	CERTIFICATION,

	/** A waiver request and its disposition (the waiver register). */
	WAIVER

}
