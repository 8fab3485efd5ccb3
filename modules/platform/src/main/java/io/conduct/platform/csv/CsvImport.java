package io.conduct.platform.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV files that people import (ERP and HR exports): a header line naming the
 * columns in any order, then one record per line; blank values are absent. Each row keeps
 * its line, so refused rows can be reported by line.
 */
public final class CsvImport {

	private CsvImport() {
	}

	/**
	 * The required columns the header lacks, sorted; all of them when it is unreadable.
	 */
	public static List<String> missingColumns(String csv, Collection<String> required) {
		try (CSVParser parser = parser(csv)) {
			List<String> header = parser.getHeaderNames();
			return required.stream().filter((column) -> !header.contains(column)).sorted().toList();
		}
		catch (IOException | RuntimeException ex) {
			return required.stream().sorted().toList();
		}
	}

	/** Every data row, as the mapper makes it. */
	public static <T> List<T> read(String csv, Function<Row, T> mapper) {
		List<T> rows = new ArrayList<>();
		try (CSVParser parser = parser(csv)) {
			for (CSVRecord record : parser) {
				rows.add(mapper.apply(new Row(record)));
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

	/** A data row of an import. */
	public static final class Row {

		private final CSVRecord record;

		Row(CSVRecord record) {
			this.record = record;
		}

		/** Its line in the file, the header being line 1. */
		public int line() {
			return (int) this.record.getRecordNumber() + 1;
		}

		/** The column's value, or {@code null} when absent or blank. */
		public String value(String column) {
			if (!this.record.isMapped(column) || !this.record.isSet(column)) {
				return null;
			}
			String value = this.record.get(column);
			return (value == null || value.isBlank()) ? null : value;
		}

	}

}
