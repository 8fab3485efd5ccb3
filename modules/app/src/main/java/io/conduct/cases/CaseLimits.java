package io.conduct.cases;

/**
 * Size limits of reports and messages: over-long text and oversized files are refused and
 * nothing is stored.
 */
final class CaseLimits {

	static final int DESCRIPTION = 20_000;

	static final int SHORT_TEXT = 500;

	static final int OTHERS_AWARE = 2_000;

	static final int NAME = 200;

	static final int INVOLVED = 20;

	static final int MESSAGE = 10_000;

	static final int ATTACHMENTS = 5;

	static final int ATTACHMENT_BYTES = 10 * 1024 * 1024;

	static final int PASSPHRASE_MIN = 12;

	static final int PASSPHRASE_MAX = 200;

	private CaseLimits() {
	}

}
