package io.conduct.disclosures;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.conduct.platform.csv.CsvImport;

/**
 * Reads the counterparty CSV format (an ERP export): a header line, then one counterparty
 * per line; kinds are separated by {@code |}.
 */
final class CounterpartyCsv {

	static final List<String> COLUMNS = List.of("externalId", "name", "kinds", "ownership", "outstandingShares",
			"revenueAmount", "revenueCurrency");

	static final Set<String> REQUIRED = Set.of("externalId", "name", "kinds", "ownership");

	private CounterpartyCsv() {
	}

	static List<String> missingColumns(String csv) {
		return CsvImport.missingColumns(csv, REQUIRED);
	}

	static List<Row> read(String csv) {
		return CsvImport.read(csv, CounterpartyCsv::toRow);
	}

	private static Row toRow(CsvImport.Row record) {
		int line = record.line();
		String field = "kinds";
		try {
			Set<CounterpartyKind> kinds = EnumSet.noneOf(CounterpartyKind.class);
			String kindText = record.value("kinds");
			if (kindText != null) {
				for (String kind : kindText.split("\\|")) {
					kinds.add(CounterpartyKind.valueOf(kind.trim().toUpperCase(Locale.ROOT)));
				}
			}
			field = "ownership";
			String ownershipText = record.value("ownership");
			Ownership ownership = (ownershipText != null) ? Ownership.valueOf(ownershipText.toUpperCase(Locale.ROOT))
					: null;
			field = "outstandingShares";
			BigDecimal shares = decimal(record.value("outstandingShares"));
			field = "revenueAmount";
			BigDecimal revenue = decimal(record.value("revenueAmount"));
			return new Row(line, new CounterpartyRegister.Facts(record.value("name"), record.value("externalId"), kinds,
					ownership, shares, revenue, record.value("revenueCurrency")), null);
		}
		catch (IllegalArgumentException ex) {
			return new Row(line, null, switch (field) {
				case "kinds" -> "kinds must be CUSTOMER, SUPPLIER or DIRECT_COMPETITOR, separated by |";
				case "ownership" -> "ownership must be PUBLICLY_HELD or PRIVATELY_HELD";
				default -> field + " must be a number like 1250000.50";
			});
		}
	}

	private static BigDecimal decimal(String text) {
		return (text != null) ? new BigDecimal(text) : null;
	}

	/**
	 * A data row.
	 *
	 * @param line its line in the file
	 * @param facts the counterparty it describes, if it could be read
	 * @param unreadable why it could not be read
	 */
	record Row(int line, CounterpartyRegister.Facts facts, String unreadable) {
	}

}
