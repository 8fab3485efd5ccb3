package io.conduct.calendars;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.conduct.calendars.CalendarLibrary.PublicHolidays;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads and checks the calendar data files. Under a root ({@code calendars/} on the class
 * path) each calendar has a folder, {@code public-holidays/<id>/} or
 * {@code exchanges/<MIC>/}, with a {@code calendar.json} (name, country, weekend rule;
 * for exchanges the time zone and the regular close; for subdivisions the parent country)
 * and one file per year, {@code <year>.json}, with its {@code version}, its
 * {@code source} and its {@code holidays} (exchanges also {@code earlyCloses}). Anything
 * wrong (a malformed file, a date outside the file's year, a duplicate, an exchange
 * holiday on a weekend, a gap between years...) is reported with the file, the line and
 * the entry, and stops the load: a calendar with a wrong day would give wrong deadlines
 * without anyone noticing.
 */
final class CalendarFiles {

	static final String PUBLIC_HOLIDAYS = "public-holidays";

	static final String EXCHANGES = "exchanges";

	private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.json");

	private static final Pattern ID = Pattern.compile("[A-Z0-9]{2,4}(-[A-Z0-9]{1,3})?");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final int MAX_NAME = 200;

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private final List<String> problems = new ArrayList<>();

	private CalendarFiles() {
	}

	/**
	 * Loads every calendar under the root.
	 * @param root a resource location ending in {@code /}, e.g.
	 * {@code classpath*:calendars/}
	 * @return the calendars
	 * @throws CalendarDataException naming every problem found
	 */
	static CalendarLibrary load(String root) {
		return new CalendarFiles().read(root);
	}

	private CalendarLibrary read(String root) {
		Map<String, Folder> folders = new TreeMap<>();
		for (Resource resource : resources(root)) {
			String path = relativePath(resource);
			String[] parts = path.split("/");
			String file = "calendars/" + path;
			if (!parts[0].equals(PUBLIC_HOLIDAYS) && !parts[0].equals(EXCHANGES)) {
				this.problems.add(file + ": not in " + PUBLIC_HOLIDAYS + "/ or " + EXCHANGES + "/");
				continue;
			}
			Folder folder = folders.computeIfAbsent(parts[0] + "/" + parts[1], (key) -> new Folder(parts[0], parts[1]));
			String text = text(resource, file);
			if (text == null) {
				continue;
			}
			Matcher year = YEAR_FILE.matcher(parts[2]);
			if (parts[2].equals("calendar.json")) {
				folder.meta = parse(file, text, Meta.class);
				folder.metaFile = file;
			}
			else if (year.matches()) {
				YearFile parsed = parse(file, text, YearFile.class);
				if (parsed != null) {
					folder.years.put(Integer.parseInt(year.group(1)), new Parsed(file, text, parsed));
				}
			}
			else {
				this.problems.add(file + ": not calendar.json nor <year>.json");
			}
		}
		List<ExchangeCalendar> exchanges = new ArrayList<>();
		Map<String, PublicHolidays> countries = new HashMap<>();
		List<Folder> subdivisions = new ArrayList<>();
		for (Folder folder : folders.values()) {
			if (folder.meta == null) {
				if (folder.metaFile == null) {
					this.problems.add("calendars/" + folder.kind + "/" + folder.id + "/: no calendar.json");
				}
			}
			else if (folder.kind.equals(EXCHANGES)) {
				ExchangeCalendar exchange = exchange(folder);
				if (exchange != null) {
					exchanges.add(exchange);
				}
			}
			else if (folder.meta.parent() != null) {
				subdivisions.add(folder);
			}
			else {
				PublicHolidays country = publicHolidays(folder, null);
				if (country != null) {
					countries.put(country.id(), country);
				}
			}
		}
		List<PublicHolidays> publicHolidays = new ArrayList<>(countries.values());
		for (Folder folder : subdivisions) {
			Folder parentFolder = folders.get(PUBLIC_HOLIDAYS + "/" + folder.meta.parent());
			if (parentFolder == null || parentFolder.meta == null || parentFolder.meta.parent() != null) {
				this.problems
					.add(folder.metaFile + ": parent " + folder.meta.parent() + " is not a country's calendar");
				continue;
			}
			PublicHolidays parent = countries.get(folder.meta.parent());
			if (parent == null) {
				// the parent's own problems are reported already
				continue;
			}
			PublicHolidays subdivision = publicHolidays(folder, parent);
			if (subdivision != null) {
				publicHolidays.add(subdivision);
			}
		}
		Set<String> mics = new HashSet<>();
		exchanges.forEach((e) -> mics.add(e.mic()));
		folders.values()
			.stream()
			.filter((f) -> f.kind.equals(PUBLIC_HOLIDAYS) && f.meta != null && f.meta.defaultExchange() != null)
			.filter((f) -> !mics.contains(f.meta.defaultExchange()))
			.forEach((f) -> this.problems
				.add(f.metaFile + ": defaultExchange " + f.meta.defaultExchange() + " has no exchange calendar"));
		if (publicHolidays.isEmpty() && exchanges.isEmpty() && this.problems.isEmpty()) {
			this.problems.add(root + ": no calendars found");
		}
		if (!this.problems.isEmpty()) {
			throw new CalendarDataException(this.problems);
		}
		return new CalendarLibrary(publicHolidays, exchanges);
	}

	private PublicHolidays publicHolidays(Folder folder, PublicHolidays parent) {
		Meta meta = folder.meta;
		int before = this.problems.size();
		checkCommon(folder);
		if (meta.timeZone() != null || meta.regularClose() != null) {
			this.problems.add(folder.metaFile + ": timeZone and regularClose are for exchanges");
		}
		Set<DayOfWeek> weekend;
		Set<LocalDate> parentDays = new HashSet<>();
		if (parent != null) {
			if (!folder.id.startsWith(parent.id() + "-") || !parent.id().equals(meta.country())) {
				this.problems.add(folder.metaFile + ": a subdivision of " + parent.id() + " is named " + parent.id()
						+ "-..., in country " + parent.id());
			}
			if (meta.weekend() != null || meta.defaultExchange() != null) {
				this.problems
					.add(folder.metaFile + ": a subdivision takes its weekend and exchange from " + parent.id());
			}
			weekend = parent.calendar().weekend();
			parent.calendar().allHolidays().forEach((h) -> parentDays.add(h.date()));
		}
		else {
			if (!folder.id.equals(meta.country())) {
				this.problems.add(folder.metaFile + ": a country's calendar is named after its country");
			}
			weekend = weekend(folder.metaFile, meta.weekend());
		}
		HolidayKind kind = (meta.parent() != null) ? HolidayKind.SUBDIVISION_HOLIDAY : HolidayKind.PUBLIC_HOLIDAY;
		List<Holiday> holidays = new ArrayList<>();
		Map<Integer, List<String>> sources = new LinkedHashMap<>();
		for (Parsed parsed : folder.years.values()) {
			checkYearHeader(folder, parsed);
			List<Integer> lines = entryLines(parsed.text, "earlyCloses");
			if (!lines.isEmpty()) {
				this.problems.add(parsed.file + ", line " + lines.get(0) + ": earlyCloses are for exchanges");
			}
			List<Holiday> entries = holidayEntries(parsed, weekend, false);
			List<Integer> entryLines = entryLines(parsed.text, "holidays");
			for (int i = 0; i < entries.size(); i++) {
				Holiday entry = entries.get(i);
				if (entry != null && parentDays.contains(entry.date())) {
					this.problems.add(at(parsed, entryLines, "holidays", i) + ": " + entry.date() + " is a holiday of "
							+ meta.parent() + " already");
				}
			}
			entries.stream()
				.filter((h) -> h != null)
				.forEach((h) -> holidays.add(new Holiday(h.date(), h.name(), kind)));
			sources.put(parsed.year(), blank(parsed.content.source()) ? List.of() : List.of(parsed.content.source()));
		}
		if (this.problems.size() > before || weekend == null) {
			return null;
		}
		int first = folder.years.keySet().stream().min(Integer::compare).orElseThrow();
		int last = folder.years.keySet().stream().max(Integer::compare).orElseThrow();
		return new PublicHolidays(folder.id, meta.name(), meta.country(), meta.parent(), meta.defaultExchange(),
				new BusinessCalendar(folder.id, meta.name(), weekend, first, last, holidays, sources));
	}

	private ExchangeCalendar exchange(Folder folder) {
		Meta meta = folder.meta;
		int before = this.problems.size();
		checkCommon(folder);
		if (meta.parent() != null || meta.defaultExchange() != null) {
			this.problems.add(folder.metaFile + ": parent and defaultExchange are for public-holiday calendars");
		}
		ZoneId zone = null;
		try {
			zone = ZoneId.of(String.valueOf(meta.timeZone()));
		}
		catch (DateTimeException ex) {
			this.problems.add(folder.metaFile + ": timeZone " + meta.timeZone() + " is not an IANA time zone");
		}
		LocalTime regularClose = time(folder.metaFile, "regularClose", meta.regularClose());
		Set<DayOfWeek> weekend = weekend(folder.metaFile, meta.weekend());
		List<Holiday> holidays = new ArrayList<>();
		List<EarlyClose> earlyCloses = new ArrayList<>();
		Map<Integer, List<String>> sources = new LinkedHashMap<>();
		for (Parsed parsed : folder.years.values()) {
			checkYearHeader(folder, parsed);
			List<Holiday> entries = holidayEntries(parsed, weekend, true);
			Set<LocalDate> closed = new HashSet<>();
			entries.stream().filter((h) -> h != null).forEach((h) -> {
				holidays.add(new Holiday(h.date(), h.name(), HolidayKind.MARKET_HOLIDAY));
				closed.add(h.date());
			});
			earlyCloses.addAll(earlyCloseEntries(parsed, weekend, closed, regularClose));
			sources.put(parsed.year(), blank(parsed.content.source()) ? List.of() : List.of(parsed.content.source()));
		}
		if (this.problems.size() > before || zone == null || regularClose == null || weekend == null) {
			return null;
		}
		int first = folder.years.keySet().stream().min(Integer::compare).orElseThrow();
		int last = folder.years.keySet().stream().max(Integer::compare).orElseThrow();
		return new ExchangeCalendar(folder.id, meta.name(), meta.country(), zone, regularClose, weekend, first, last,
				holidays, earlyCloses, sources);
	}

	private void checkCommon(Folder folder) {
		Meta meta = folder.meta;
		if (!folder.id.equals(meta.id())) {
			this.problems.add(folder.metaFile + ": id is " + meta.id() + ", not its folder's " + folder.id);
		}
		if (!ID.matcher(folder.id).matches()) {
			this.problems.add(folder.metaFile + ": " + folder.id + " is not a country, subdivision or MIC code");
		}
		if (blank(meta.name()) || meta.name().length() > MAX_NAME) {
			this.problems.add(folder.metaFile + ": name is required, at most " + MAX_NAME + " characters");
		}
		if (meta.country() == null || !COUNTRIES.contains(meta.country())) {
			this.problems.add(folder.metaFile + ": country " + meta.country() + " is not an ISO 3166-1 alpha-2 code");
		}
		if (folder.years.isEmpty()) {
			this.problems.add(folder.metaFile + ": no <year>.json beside it");
			return;
		}
		int first = folder.years.keySet().stream().min(Integer::compare).orElseThrow();
		int last = folder.years.keySet().stream().max(Integer::compare).orElseThrow();
		for (int year = first; year <= last; year++) {
			if (!folder.years.containsKey(year)) {
				// a missing year would make every day of it unknown between two known
				// years
				this.problems.add("calendars/" + folder.kind + "/" + folder.id + "/" + year + ".json: missing between "
						+ first + " and " + last);
			}
		}
	}

	private void checkYearHeader(Folder folder, Parsed parsed) {
		YearFile content = parsed.content;
		if (!folder.id.equals(content.calendar())) {
			this.problems.add(parsed.file + ": calendar is " + content.calendar() + ", not its folder's " + folder.id);
		}
		if (content.year() == null || content.year() != parsed.year()) {
			this.problems.add(parsed.file + ": year is " + content.year() + ", not its file name's " + parsed.year());
		}
		if (content.version() == null || content.version() < 1) {
			this.problems.add(parsed.file + ": version is required, 1 or more");
		}
		if (blank(content.source())) {
			this.problems.add(parsed.file + ": source is required: where the year's dates come from");
		}
		if (content.holidays() == null) {
			this.problems.add(parsed.file + ": holidays is required (an empty list if none)");
		}
	}

	/**
	 * The holiday entries of a year file, one per entry ({@code null} where an entry is
	 * wrong, which is reported).
	 */
	private List<Holiday> holidayEntries(Parsed parsed, Set<DayOfWeek> weekend, boolean tradingDaysOnly) {
		List<Holiday> entries = new ArrayList<>();
		if (parsed.content.holidays() == null) {
			return entries;
		}
		List<Integer> lines = entryLines(parsed.text, "holidays");
		Set<LocalDate> seen = new HashSet<>();
		for (int i = 0; i < parsed.content.holidays().size(); i++) {
			Entry entry = parsed.content.holidays().get(i);
			String at = at(parsed, lines, "holidays", i);
			LocalDate date = date(at, parsed.year(), (entry != null) ? entry.date() : null, seen);
			if (entry == null || blank(entry.name()) || entry.name().length() > MAX_NAME) {
				this.problems.add(at + ": name is required, at most " + MAX_NAME + " characters");
				date = null;
			}
			if (date != null && tradingDaysOnly && weekend != null && weekend.contains(date.getDayOfWeek())) {
				// exchanges publish the weekdays they close; a weekend entry means the
				// observed day is missing
				this.problems
					.add(at + ": " + date + " is a " + date.getDayOfWeek() + ", closed by the weekend rule already");
				date = null;
			}
			entries.add((date != null) ? new Holiday(date, entry.name(), HolidayKind.MARKET_HOLIDAY) : null);
		}
		return entries;
	}

	private List<EarlyClose> earlyCloseEntries(Parsed parsed, Set<DayOfWeek> weekend, Set<LocalDate> closed,
			LocalTime regularClose) {
		List<EarlyClose> entries = new ArrayList<>();
		if (parsed.content.earlyCloses() == null) {
			return entries;
		}
		List<Integer> lines = entryLines(parsed.text, "earlyCloses");
		Set<LocalDate> seen = new HashSet<>();
		for (int i = 0; i < parsed.content.earlyCloses().size(); i++) {
			EarlyEntry entry = parsed.content.earlyCloses().get(i);
			String at = at(parsed, lines, "earlyCloses", i);
			LocalDate date = date(at, parsed.year(), (entry != null) ? entry.date() : null, seen);
			LocalTime close = time(at, "close", (entry != null) ? entry.close() : null);
			if (entry == null || blank(entry.name()) || entry.name().length() > MAX_NAME) {
				this.problems.add(at + ": name is required, at most " + MAX_NAME + " characters");
				continue;
			}
			if (date == null || close == null) {
				continue;
			}
			if ((weekend != null && weekend.contains(date.getDayOfWeek())) || closed.contains(date)) {
				this.problems.add(at + ": " + date + " is not a trading day");
			}
			else if (regularClose != null && !close.isBefore(regularClose)) {
				this.problems.add(at + ": " + close + " is not before the regular close " + regularClose);
			}
			else {
				entries.add(new EarlyClose(date, close, entry.name()));
			}
		}
		return entries;
	}

	private LocalDate date(String at, int year, String text, Set<LocalDate> seen) {
		LocalDate date;
		try {
			date = LocalDate.parse(String.valueOf(text));
		}
		catch (DateTimeParseException ex) {
			this.problems.add(at + ": date " + text + " is not a date (YYYY-MM-DD)");
			return null;
		}
		if (date.getYear() != year) {
			this.problems.add(at + ": " + date + " is not in " + year);
			return null;
		}
		if (!seen.add(date)) {
			this.problems.add(at + ": " + date + " is listed twice");
			return null;
		}
		return date;
	}

	private LocalTime time(String at, String field, String text) {
		try {
			return LocalTime.parse(String.valueOf(text), TIME);
		}
		catch (DateTimeParseException ex) {
			this.problems.add(at + ": " + field + " " + text + " is not a time (HH:mm)");
			return null;
		}
	}

	private Set<DayOfWeek> weekend(String file, List<String> days) {
		if (days == null || days.isEmpty() || days.size() >= DayOfWeek.values().length) {
			this.problems.add(file + ": weekend lists one to six days of the week");
			return null;
		}
		Set<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
		for (String day : days) {
			try {
				if (!weekend.add(DayOfWeek.valueOf(String.valueOf(day)))) {
					this.problems.add(file + ": weekend lists " + day + " twice");
				}
			}
			catch (IllegalArgumentException ex) {
				this.problems.add(file + ": weekend day " + day + " is not MONDAY ... SUNDAY");
				return null;
			}
		}
		return weekend;
	}

	private <T> T parse(String file, String text, Class<T> type) {
		try {
			T value = JSON.readValue(text, type);
			if (value == null) {
				this.problems.add(file + ": empty");
			}
			return value;
		}
		catch (JacksonException ex) {
			String where = (ex.getLocation() != null && ex.getLocation().getLineNr() > 0)
					? ", line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() : "";
			this.problems.add(file + where + ": " + ex.getOriginalMessage().lines().findFirst().orElse(""));
			return null;
		}
	}

	private String text(Resource resource, String file) {
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			this.problems.add(file + ": unreadable (" + ex.getMessage() + ")");
			return null;
		}
	}

	/** The last three segments of the resource's path: kind, calendar and file. */
	private static String relativePath(Resource resource) {
		try {
			String[] segments = resource.getURL().toString().split("/");
			return String.join("/", Arrays.copyOfRange(segments, Math.max(0, segments.length - 3), segments.length));
		}
		catch (IOException ex) {
			throw new CalendarDataException(List.of(resource + ": unreadable (" + ex.getMessage() + ")"));
		}
	}

	private static Resource[] resources(String root) {
		try {
			return new PathMatchingResourcePatternResolver().getResources(root + "*/*/*.json");
		}
		catch (IOException ex) {
			throw new CalendarDataException(List.of(root + ": unreadable (" + ex.getMessage() + ")"));
		}
	}

	/** Where an entry is: the file, its line and its index, e.g. {@code holidays[3]}. */
	private static String at(Parsed parsed, List<Integer> lines, String array, int index) {
		String line = (index < lines.size()) ? ", line " + lines.get(index) : "";
		return parsed.file + line + ", " + array + "[" + index + "]";
	}

	/** The line each element of a top-level array starts on. */
	private static List<Integer> entryLines(String text, String arrayName) {
		List<Integer> lines = new ArrayList<>();
		try (JsonParser parser = JSON.createParser(text)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return lines;
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String property = parser.currentName();
				JsonToken value = parser.nextToken();
				if (property.equals(arrayName) && value == JsonToken.START_ARRAY) {
					while (parser.nextToken() != JsonToken.END_ARRAY) {
						lines.add(parser.currentTokenLocation().getLineNr());
						parser.skipChildren();
					}
				}
				else {
					parser.skipChildren();
				}
			}
		}
		catch (JacksonException ex) {
			// the file parsed before; without lines the index still names the entry
		}
		return lines;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** A calendar's folder while loading. */
	private static final class Folder {

		final String kind;

		final String id;

		Meta meta;

		String metaFile;

		final Map<Integer, Parsed> years = new TreeMap<>();

		Folder(String kind, String id) {
			this.kind = kind;
			this.id = id;
		}

	}

	private record Parsed(String file, String text, YearFile content) {

		int year() {
			return Integer.parseInt(this.file.substring(this.file.lastIndexOf('/') + 1, this.file.length() - 5));
		}

	}

	/** {@code calendar.json}. */
	record Meta(String id, String name, String country, String parent, String defaultExchange, List<String> weekend,
			String timeZone, String regularClose) {
	}

	/** {@code <year>.json}. */
	record YearFile(String calendar, Integer year, Integer version, String source, List<Entry> holidays,
			List<EarlyEntry> earlyCloses) {
	}

	/** A holiday of a year file. */
	record Entry(String date, String name) {
	}

	/** An early close of an exchange's year file. */
	record EarlyEntry(String date, String close, String name) {
	}

}
