package io.conduct.oversight;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.conduct.platform.errors.ConductException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The board pack as a download, the way a board portal links a file: {@code GET
 * /oversight/board-pack?fiscalYear=2026&quarter=3&format=pdf&language=de} with the same
 * bearer token as the GraphQL API (BOARD or AUDIT_COMMITTEE), answered with the file and
 * its name. A GraphQL string would carry the PDF base64-encoded, a third larger, and a
 * browser could not save it without script.
 */
@RestController
class BoardPackController {

	private final BoardPacks packs;

	BoardPackController(BoardPacks packs) {
		this.packs = packs;
	}

	@GetMapping("/oversight/board-pack")
	ResponseEntity<byte[]> boardPack(@RequestParam int fiscalYear, @RequestParam int quarter,
			@RequestParam(defaultValue = "pdf") String format, @RequestParam(required = false) String language) {
		if (!format.equals("pdf") && !format.equals("csv")) {
			throw ConductException.badRequest("The format is pdf or csv");
		}
		if (language != null && (language.length() > 35 || !language.matches("[A-Za-z0-9-]+"))) {
			throw ConductException.badRequest("The language is a BCP 47 tag");
		}
		Locale locale = (language != null) ? Locale.forLanguageTag(language)
				: io.conduct.platform.tenancy.TenantContext.required().locale();
		BoardPacks.BoardPack pack = this.packs.assemble(fiscalYear, quarter, locale);
		boolean pdf = format.equals("pdf");
		byte[] body = pdf ? BoardPackPdf.write(pack) : BoardPackCsv.write(pack).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(pdf ? MediaType.APPLICATION_PDF : new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(pack.fileName(format)).build().toString())
			.header(HttpHeaders.CONTENT_LANGUAGE, pack.texts().locale().toLanguageTag())
			.body(body);
	}

	/** Bad input is the client's to fix: 400 with the reason, never a stack trace. */
	@ExceptionHandler(ConductException.class)
	ResponseEntity<String> refused(ConductException ex) {
		HttpStatus status = switch (ex.code()) {
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
			default -> HttpStatus.BAD_REQUEST;
		};
		return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(ex.getMessage());
	}

}
