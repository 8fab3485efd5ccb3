package io.conduct.disclosures;

/** Whether a company's shares are publicly held; the Code's exceptions differ. */
public enum Ownership {

	PUBLICLY_HELD("publicly-held"), PRIVATELY_HELD("privately-held");

	private final String words;

	Ownership(String words) {
		this.words = words;
	}

	String words() {
		return this.words;
	}

}
