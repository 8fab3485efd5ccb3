package io.conduct.audit;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.conduct.audit.AuditReading.AuditTrailFilter;
import io.conduct.platform.audit.AuditEntry;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.errors.ConductException;
import io.conduct.platform.graphql.Connection;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.NodeLoader;
import io.conduct.platform.graphql.Paging;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The trail and its verification over GraphQL, and {@code node(id:)} for its entries. */
@Controller
class AuditController implements NodeLoader {

	private final AuditReading reading;

	AuditController(AuditReading reading) {
		this.reading = reading;
	}

	@QueryMapping
	Connection<AuditRecord> auditTrail(@Argument AuditTrailFilter filter, @Argument Integer first,
			@Argument String after) {
		Paging paging = Paging.of(first, after);
		return connection(this.reading.tenantPage(filter, paging), paging, AuditRecord::ofTenant);
	}

	@QueryMapping
	Connection<AuditRecord> platformAuditTrail(@Argument AuditTrailFilter filter, @Argument Integer first,
			@Argument String after) {
		Paging paging = Paging.of(first, after);
		return connection(this.reading.platformPage(filter, paging), paging, AuditRecord::ofPlatform);
	}

	@QueryMapping
	AuditChainCheck auditChainVerification() {
		return AuditChainCheck.of(this.reading.verifyTenant());
	}

	@QueryMapping
	AuditChainCheck platformAuditChainVerification(@Argument String tenantId) {
		String tenantKey = null;
		if (tenantId != null) {
			tenantKey = GlobalId.localIdOf(tenantId, "Tenant")
				.orElseThrow(() -> ConductException.badRequest("tenantId is not a tenant's id"));
		}
		return AuditChainCheck.of(this.reading.verifyForOperator(tenantKey));
	}

	@Override
	public String typeName() {
		return AuditRecord.TYPE;
	}

	@Override
	public Optional<Object> load(String localId) {
		if (localId.startsWith(AuditRecord.PLATFORM)) {
			return this.reading.findPlatformEntry(localId.substring(AuditRecord.PLATFORM.length()))
				.map(AuditRecord::ofPlatform);
		}
		return this.reading.findTenantEntry(localId).map(AuditRecord::ofTenant);
	}

	private static Connection<AuditRecord> connection(List<AuditEntry> probed, Paging paging,
			Function<AuditEntry, AuditRecord> view) {
		boolean hasNext = probed.size() > paging.first();
		List<AuditEntry> page = hasNext ? probed.subList(0, paging.first()) : probed;
		return Connection.of(page, page.stream().map(AuditTrail::cursorOf).toList(), view, hasNext,
				!paging.isFirstPage());
	}

}
