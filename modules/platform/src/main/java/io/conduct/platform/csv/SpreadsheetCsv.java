package io.conduct.platform.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for people who open it in a spreadsheet. Text that a spreadsheet would take for a
 * formula (starting with {@code = + - @}, a tab or a carriage return) is written with a
 * leading apostrophe, so that names and free text from imports or reports cannot run as
 * formulas on the reader's machine.
 */
public final class SpreadsheetCsv {

	private SpreadsheetCsv() {
	}

	public static String write(List<String> header, List<? extends List<?>> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
			for (List<?> row : rows) {
				csv.printRecord(row.stream().map(SpreadsheetCsv::cell).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	static Object cell(Object value) {
		if (value instanceof CharSequence text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return (value != null) ? value : "";
	}

}
