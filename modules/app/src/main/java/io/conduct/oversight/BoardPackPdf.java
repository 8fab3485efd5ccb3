package io.conduct.oversight;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A board pack as PDF (Apache PDFBox): title, the analytics, each tenant's escalated
 * matters and, for the Audit Committee, its record; A4, pages added as the text runs.
 * Latin-script packs are written in the standard Helvetica; a Japanese pack in Noto Sans
 * JP from the jar (conduct-fonts/, copied from npm at build time), of which only the
 * glyphs used are embedded.
 */
final class BoardPackPdf {

	private static final float MARGIN = 50;

	private static final float LINE = 13;

	private final PDDocument document = new PDDocument();

	/** The Japanese font in the jar: one weight, headings in it too. */
	static final String JAPANESE_FONT = "/conduct-fonts/NotoSansJP-Regular.ttf";

	private PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	private PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

	private PDPageContentStream page;

	private float y;

	private BoardPackPdf() {
	}

	static byte[] write(BoardPacks.BoardPack pack) {
		BoardPackPdf pdf = new BoardPackPdf();
		try {
			return pdf.render(pack);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private byte[] render(BoardPacks.BoardPack pack) throws IOException {
		BoardPackTexts texts = pack.texts();
		if (texts.locale().getLanguage().equals("ja")) {
			useJapaneseFont();
		}
		PDDocumentInformation info = this.document.getDocumentInformation();
		info.setTitle(texts.get("title") + " " + pack.home().name());
		this.document.getDocumentCatalog().setLanguage(texts.locale().toLanguageTag());
		newPage();
		text(this.bold, 16, MARGIN, texts.get("title") + " - " + pack.home().name());
		text(this.regular, 11, MARGIN, texts.get("quarter", pack.fiscalYear(), pack.quarter()));
		text(this.regular, 9, MARGIN, pack.generatedLine());
		gap();
		heading(texts.get("analytics"));
		List<List<String>> rows = BoardPackLines.analytics(pack);
		for (int metric = 0; metric < BoardPackLines.METRICS.size(); metric++) {
			StringBuilder line = new StringBuilder(texts.get(BoardPackLines.METRICS.get(metric).key())).append(": ");
			for (int row = 0; row < rows.size(); row++) {
				line.append((row == 0) ? "" : "  |  ")
					.append(rows.get(row).get(0))
					.append(' ')
					.append(rows.get(row).get(metric + 1));
			}
			wrapped(this.regular, 9, line.toString());
		}
		for (BoardPacks.TenantPart part : pack.parts()) {
			gap();
			heading(part.tenant().name() + " (" + part.tenant().key() + ")");
			text(this.regular, 9, MARGIN, texts.get("period", part.date(part.period().from(), texts.locale()),
					part.date(part.period().to().minusSeconds(1), texts.locale())));
			text(this.bold, 10, MARGIN, texts.get("escalated"));
			lines(part.matters().stream().map((m) -> String.join("  ", BoardPackLines.matter(part, m, texts))).toList(),
					texts);
			if (pack.forCommittee()) {
				text(this.bold, 10, MARGIN, texts.get("concerns"));
				lines(part.concerns()
					.stream()
					.map((c) -> String.join("  ", BoardPackLines.concern(part, c, texts)))
					.toList(), texts);
			}
		}
		if (!pack.forCommittee()) {
			gap();
			wrapped(this.regular, 9, texts.get("concernsForCommittee"));
		}
		this.page.close();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.document.save(out);
		this.document.close();
		return out.toByteArray();
	}

	private void useJapaneseFont() throws IOException {
		try (var font = BoardPackPdf.class.getResourceAsStream(JAPANESE_FONT)) {
			if (font == null) {
				throw new IllegalStateException("The jar has no " + JAPANESE_FONT);
			}
			// the subset of the glyphs used only: a few kilobytes, not the font's 5.5 MB
			this.regular = PDType0Font.load(this.document, font, true);
			this.bold = this.regular;
		}
	}

	private void lines(List<String> lines, BoardPackTexts texts) throws IOException {
		if (lines.isEmpty()) {
			text(this.regular, 9, MARGIN + 10, texts.get("none"));
		}
		for (String line : lines) {
			wrapped(this.regular, 9, line);
		}
		if (lines.size() >= BoardPacks.MAX_PER_TENANT) {
			text(this.regular, 9, MARGIN + 10, texts.get("truncated", BoardPacks.MAX_PER_TENANT));
		}
	}

	private void heading(String heading) throws IOException {
		text(this.bold, 12, MARGIN, heading);
	}

	private void gap() {
		this.y -= LINE / 2;
	}

	/** Writes the text over as many lines as it needs. */
	private void wrapped(PDFont font, float size, String text) throws IOException {
		float width = PDRectangle.A4.getWidth() - 2 * MARGIN - 10;
		StringBuilder line = new StringBuilder();
		for (String word : printable(text).split(" ")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
				text(font, size, MARGIN + 10, line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		if (!line.isEmpty()) {
			text(font, size, MARGIN + 10, line.toString());
		}
	}

	private void text(PDFont font, float size, float x, String text) throws IOException {
		if (this.y < MARGIN + LINE) {
			this.page.close();
			newPage();
		}
		this.page.beginText();
		this.page.setFont(font, size);
		this.page.newLineAtOffset(x, this.y);
		this.page.showText(printable(text));
		this.page.endText();
		this.y -= (size > 11) ? LINE + 4 : LINE;
	}

	private void newPage() throws IOException {
		PDPage next = new PDPage(PDRectangle.A4);
		this.document.addPage(next);
		this.page = new PDPageContentStream(this.document, next);
		this.y = PDRectangle.A4.getHeight() - MARGIN;
	}

	/**
	 * The text in the glyphs of the pack's font: what it cannot show (a Japanese name in
	 * a Latin-script pack) becomes a question mark rather than failing the pack.
	 */
	private String printable(String text) {
		StringBuilder printable = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> {
			String s = new String(Character.toChars(c));
			try {
				this.regular.encode(s);
				printable.append(s);
			}
			catch (IOException | IllegalArgumentException ex) {
				printable.append('?');
			}
		});
		return printable.toString();
	}

}
