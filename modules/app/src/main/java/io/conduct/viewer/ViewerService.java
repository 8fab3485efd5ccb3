package io.conduct.viewer;

import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.TenantAuthentication;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Tells callers who they are, as their token says.
 */
@Service
public class ViewerService {

	@PreAuthorize("isAuthenticated()")
	public Viewer currentViewer() {
		TenantAuthentication authentication = CurrentUser.required();
		var jwt = authentication.getToken();
		return new Viewer(jwt.getSubject(), jwt.getClaimAsString("name"), jwt.getClaimAsString("email"),
				authentication.tenantKey(), authentication.roles());
	}

}
