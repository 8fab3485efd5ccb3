package io.conduct.sso;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import io.conduct.platform.graphql.UserErrorCode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A SAML 2.0 identity provider's metadata (SAML 2.0 Metadata, OASIS): an
 * {@code EntityDescriptor} with an {@code IDPSSODescriptor} and a single sign-on service.
 * Parsed without DTDs or external entities.
 *
 * @param entityId the provider's entity id
 * @param singleSignOnServiceUrl where sign-in requests go
 * @param postBinding whether by HTTP-POST
 * @param signingCertificate the signing certificate, base64 DER, if any
 */
record SamlMetadata(String entityId, String singleSignOnServiceUrl, boolean postBinding, String signingCertificate) {

	static final String METADATA = "urn:oasis:names:tc:SAML:2.0:metadata";

	static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";

	static final String POST = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";

	static final String REDIRECT = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";

	static SamlMetadata parse(String xml) {
		Element root = parseXml(xml).getDocumentElement();
		if (!METADATA.equals(root.getNamespaceURI()) || !"EntityDescriptor".equals(root.getLocalName())) {
			throw notMetadata("The document is not SAML 2.0 metadata (an md:EntityDescriptor)");
		}
		String entityId = root.getAttribute("entityID");
		if (entityId.isBlank() || entityId.length() > 1024) {
			throw notMetadata("The EntityDescriptor has no entityID");
		}
		NodeList descriptors = root.getElementsByTagNameNS(METADATA, "IDPSSODescriptor");
		if (descriptors.getLength() == 0) {
			throw notMetadata("The metadata describes no identity provider (no IDPSSODescriptor)");
		}
		Element idp = (Element) descriptors.item(0);
		String post = null;
		String redirect = null;
		NodeList services = idp.getElementsByTagNameNS(METADATA, "SingleSignOnService");
		for (int i = 0; i < services.getLength(); i++) {
			Element service = (Element) services.item(i);
			if (POST.equals(service.getAttribute("Binding")) && post == null) {
				post = service.getAttribute("Location");
			}
			else if (REDIRECT.equals(service.getAttribute("Binding")) && redirect == null) {
				redirect = service.getAttribute("Location");
			}
		}
		if ((post == null || post.isBlank()) && (redirect == null || redirect.isBlank())) {
			throw notMetadata(
					"The identity provider has no SingleSignOnService with the HTTP-POST or Redirect binding");
		}
		return new SamlMetadata(entityId, (post != null) ? post : redirect, post != null, signingCertificate(idp));
	}

	private static String signingCertificate(Element idp) {
		NodeList keys = idp.getElementsByTagNameNS(METADATA, "KeyDescriptor");
		for (int i = 0; i < keys.getLength(); i++) {
			Element key = (Element) keys.item(i);
			String use = key.getAttribute("use");
			NodeList certificates = key.getElementsByTagNameNS(DSIG, "X509Certificate");
			if ((use.isEmpty() || "signing".equals(use)) && certificates.getLength() > 0) {
				return certificates.item(0).getTextContent().replaceAll("\\s", "");
			}
		}
		return null;
	}

	private static Document parseXml(String xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		}
		catch (SAXException | IOException ex) {
			throw notMetadata("The document is not well-formed XML");
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ProviderDocumentException notMetadata(String message) {
		return new ProviderDocumentException(UserErrorCode.NOT_METADATA, message);
	}

}
