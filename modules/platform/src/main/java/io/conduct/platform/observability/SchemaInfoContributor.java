package io.conduct.platform.observability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The served GraphQL schema's version in {@code /actuator/info}: a SHA-256 over its files
 * (in name order), so two instances that answer the same hash serve the same contract.
 */
class SchemaInfoContributor implements InfoContributor {

	private final Map<String, Object> schema;

	SchemaInfoContributor(String locationPattern) {
		this.schema = describe(locationPattern);
	}

	@Override
	public void contribute(Info.Builder builder) {
		builder.withDetail("schema", this.schema);
	}

	private static Map<String, Object> describe(String locationPattern) {
		try {
			List<Resource> files = Arrays
				.stream(new PathMatchingResourcePatternResolver().getResources(locationPattern))
				.filter(Resource::isReadable)
				.sorted(Comparator.comparing(Resource::getFilename))
				.toList();
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Resource file : files) {
				try (var in = file.getInputStream()) {
					digest.update(in.readAllBytes());
				}
			}
			Map<String, Object> schema = new LinkedHashMap<>();
			schema.put("sha256", HexFormat.of().formatHex(digest.digest()));
			schema.put("files", files.stream().map(Resource::getFilename).toList());
			return java.util.Collections.unmodifiableMap(schema);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
