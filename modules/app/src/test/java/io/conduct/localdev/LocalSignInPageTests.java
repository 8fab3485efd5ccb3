package io.conduct.localdev;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local issuer's sign-in page in the portal's five languages: the client's
 * {@code ui_locales} first, then the browser's {@code Accept-Language}, else English.
 */
class LocalSignInPageTests {

	@Test
	void theClientsUiLocalesComeFirstThenTheBrowsersLanguagesThenEnglish() {
		assertThat(LocalSignInPage.language("ja", "de-DE,de;q=0.9")).isEqualTo("ja");
		assertThat(LocalSignInPage.language("pt-BR fr-CA", "de")).as("the first the page has").isEqualTo("fr");
		assertThat(LocalSignInPage.language(null, "pt-BR,es;q=0.8,en;q=0.5")).isEqualTo("es");
		assertThat(LocalSignInPage.language("pt", "pt-BR")).isEqualTo("en");
		assertThat(LocalSignInPage.language(null, "not a ; language = list")).isEqualTo("en");
		assertThat(LocalSignInPage.language(null, null)).isEqualTo("en");
	}

	@Test
	void everyTextOfThePageIsInItsLanguage() {
		Map<String, String> request = Map.of("client_id", "conduct-web");
		assertThat(LocalSignInPage.render("acme-de", request, null, true, "de")).contains("<html lang=\"de\">",
				"<h1>Bei acme-de anmelden</h1>", ">Benutzername</label>", ">Passwort</label>", ">Anmelden</button>",
				"Benutzername oder Passwort ist falsch.");
		assertThat(LocalSignInPage.render("acme-jp", request, null, false, "ja")).contains("<html lang=\"ja\">",
				"acme-jp にサインイン", ">ユーザー名</label>", ">パスワード</label>", ">サインイン</button>");
		assertThat(LocalSignInPage.render("acme", request, null, false, "fr")).contains("Se connecter à acme",
				">Mot de passe</label>");
		assertThat(LocalSignInPage.render("acme", request, null, false, "es")).contains("Iniciar sesión en acme",
				">Contraseña</label>");
		String english = LocalSignInPage.render("acme", request, "<b>", false, "en");
		assertThat(english)
			.contains("<html lang=\"en\">", "Sign in to acme", ">Username</label>", "value=\"&lt;b&gt;\"")
			.doesNotContain("Invalid username or password.");
	}

}
