package io.conduct.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server for the tests (GreenMail), on a port of its own, shared by every
 * test of the run. Tests can stop it to play an SMTP outage and start it again on the
 * same port.
 */
public final class TestMail {

	private static final int PORT = freePort();

	private static GreenMail server;

	private TestMail() {
	}

	public static synchronized int port() {
		if (server == null) {
			start();
		}
		return PORT;
	}

	public static synchronized void start() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
		}
	}

	/** Stops the server: connections are refused until {@link #start()}. */
	public static synchronized void stop() {
		if (server != null) {
			server.stop();
			server = null;
		}
	}

	/** The messages received since the server last started, sent to the address. */
	public static synchronized List<MimeMessage> receivedBy(String address) {
		if (server == null) {
			return List.of();
		}
		return Arrays.stream(server.getReceivedMessages()).filter((message) -> isTo(message, address)).toList();
	}

	/**
	 * The link of the newest enrolment e-mail (Keycloak's execute-actions e-mail) sent to
	 * the address, waiting a few seconds for it.
	 */
	public static String enrolmentLink(String address) {
		for (int i = 0; i < 100; i++) {
			List<MimeMessage> received = receivedBy(address);
			for (int j = received.size() - 1; j >= 0; j--) {
				java.util.regex.Matcher link = ACTION_TOKEN_LINK.matcher(text(received.get(j)));
				if (link.find()) {
					return link.group();
				}
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		throw new AssertionError("No enrolment e-mail to " + address);
	}

	private static final java.util.regex.Pattern ACTION_TOKEN_LINK = java.util.regex.Pattern
		.compile("https?://[^\\s\"<>]+/login-actions/action-token\\?[^\\s\"<>]+");

	/** The plain text of a message, its text/plain part for a multipart one. */
	public static String text(MimeMessage message) {
		try {
			Object content = message.getContent();
			if (content instanceof String text) {
				return text;
			}
			if (content instanceof jakarta.mail.Multipart multipart) {
				StringBuilder text = new StringBuilder();
				for (int i = 0; i < multipart.getCount(); i++) {
					jakarta.mail.BodyPart part = multipart.getBodyPart(i);
					if (part.isMimeType("text/plain")) {
						text.append(part.getContent());
					}
				}
				return text.toString();
			}
			return "";
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isTo(MimeMessage message, String address) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
				.anyMatch((to) -> to.toString().equalsIgnoreCase(address));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
