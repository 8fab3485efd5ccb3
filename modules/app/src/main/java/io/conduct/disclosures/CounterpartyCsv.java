package io.conduct.disclosures;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

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
		try (CSVParser parser = parser(csv)) {
			List<String> header = parser.getHeaderNames();
			return REQUIRED.stream().filter((column) -> !header.contains(column)).sorted().toList();
		}
		catch (IOException | RuntimeException ex) {
			return REQUIRED.stream().sorted().toList();
		}
	}

	static List<Row> read(String csv) {
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = parser(csv)) {
			for (CSVRecord record : parser) {
				rows.add(toRow(record));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	private static CSVParser parser(String csv) throws IOException {
		return CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.setAllowMissingColumnNames(true)
			.get()
			.parse(new StringReader(csv));
	}

	private static Row toRow(CSVRecord record) {
		int line = (int) record.getRecordNumber() + 1;
		String field = "kinds";
		try {
			Set<CounterpartyKind> kinds = EnumSet.noneOf(CounterpartyKind.class);
			String kindText = value(record, "kinds");
			if (kindText != null) {
				for (String kind : kindText.split("\\|")) {
					kinds.add(CounterpartyKind.valueOf(kind.trim().toUpperCase(Locale.ROOT)));
				}
			}
			field = "ownership";
			String ownershipText = value(record, "ownership");
			Ownership ownership = (ownershipText != null) ? Ownership.valueOf(ownershipText.toUpperCase(Locale.ROOT))
					: null;
			field = "outstandingShares";
			BigDecimal shares = decimal(value(record, "outstandingShares"));
			field = "revenueAmount";
			BigDecimal revenue = decimal(value(record, "revenueAmount"));
			return new Row(line, new CounterpartyRegister.Facts(value(record, "name"), value(record, "externalId"),
					kinds, ownership, shares, revenue, value(record, "revenueCurrency")), null);
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

	private static String value(CSVRecord record, String column) {
		if (!record.isMapped(column) || !record.isSet(column)) {
			return null;
		}
		String value = record.get(column);
		return (value == null || value.isBlank()) ? null : value;
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
