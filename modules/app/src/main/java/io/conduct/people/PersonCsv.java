package io.conduct.people;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the people CSV format: a header line, then one person per line.
 */
final class PersonCsv {

	static final List<String> COLUMNS = List.of("employeeNumber", "givenName", "familyName", "email", "type", "title",
			"department", "supervisorEmployeeNumber", "startDate", "locale", "country");

	static final Set<String> REQUIRED = Set.of("employeeNumber", "givenName", "familyName", "email", "type");

	private PersonCsv() {
	}

	/**
	 * The header's missing required columns; empty when the header is usable.
	 */
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
		try {
			String typeText = value(record, "type");
			PersonType type = (typeText != null) ? PersonType.valueOf(typeText.toUpperCase(Locale.ROOT)) : null;
			String startText = value(record, "startDate");
			LocalDate startDate = (startText != null) ? LocalDate.parse(startText) : null;
			PersonInput input = new PersonInput(value(record, "givenName"), value(record, "familyName"),
					value(record, "email"), null, value(record, "employeeNumber"), type, value(record, "title"),
					value(record, "department"), null, startDate, value(record, "locale"), value(record, "country"),
					null);
			return new Row(line, input, value(record, "supervisorEmployeeNumber"), null);
		}
		catch (DateTimeParseException ex) {
			return new Row(line, null, null, "startDate must be a date like 2026-03-01");
		}
		catch (IllegalArgumentException ex) {
			return new Row(line, null, null, "type must be one of EMPLOYEE, OFFICER, EXECUTIVE_OFFICER, DIRECTOR");
		}
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
	 * @param input the person it describes, if it could be read
	 * @param supervisorEmployeeNumber the supervisor's employee number
	 * @param unreadable why it could not be read
	 */
	record Row(int line, PersonInput input, String supervisorEmployeeNumber, String unreadable) {
	}

}
