package io.conduct.inquiries;

/**
 * The rules that flag an inquiry as possibly concerning material non-public information,
 * by their stable names; what each covers is data ({@code inquiries/mnpi-rules.json}).
 */
enum MnpiRuleName {

	/** The recorder judged that the inquiry may concern such information. */
	RECORDER_JUDGEMENT,

	/**
	 * A market professional or a security holder asked about a topic that is typically
	 * such information (results, forecasts, dividends, mergers, ...).
	 */
	MARKET_TOPIC

}
