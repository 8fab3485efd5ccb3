package io.conduct.waivers;

/**
 * The rules that set a public disclosure's deadline (data:
 * waivers/disclosure-rules.json).
 */
enum PublicDisclosureRule {

	/** US listing: Form 8-K Item 5.05 within four SEC business days (Rule 0-3). */
	SEC_FORM_8K_ITEM_5_05,

	/** Any other listing: four business days of the exchange's country. */
	LISTING_COUNTRY_BUSINESS_DAYS

}
