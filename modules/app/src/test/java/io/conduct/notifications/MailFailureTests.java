package io.conduct.notifications;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which refusals of the SMTP server end a notification, and which are tried again. */
class MailFailureTests {

	@Test
	void aMailboxThatDoesNotExistIsRefusedForGood() throws AddressException {
		var unknown = new SMTPAddressFailedException(new InternetAddress("gone@example.org"), "RCPT TO", 550,
				"5.1.1 no such user");

		assertThat(OutboxDelivery.isPermanent(new SendFailedException("Invalid Addresses", unknown))).isTrue();
	}

	@Test
	void greylistingAFullMailboxOrAnOutageAreTriedAgain() throws AddressException {
		var greylisted = new SMTPAddressFailedException(new InternetAddress("busy@example.org"), "RCPT TO", 451,
				"4.7.1 try again later");

		assertThat(OutboxDelivery.isPermanent(new SendFailedException("Invalid Addresses", greylisted))).isFalse();
		assertThat(OutboxDelivery.isPermanent(new jakarta.mail.MessagingException("Could not connect"))).isFalse();
	}

}
