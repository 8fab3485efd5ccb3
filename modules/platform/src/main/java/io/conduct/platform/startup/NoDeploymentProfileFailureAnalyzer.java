package io.conduct.platform.startup;

import io.conduct.platform.startup.DeploymentProfileRequired.NoDeploymentProfileException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a start without a deployment profile as a description and what to do. */
class NoDeploymentProfileFailureAnalyzer extends AbstractFailureAnalyzer<NoDeploymentProfileException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, NoDeploymentProfileException cause) {
		return new FailureAnalysis(cause.getMessage().replace(NoDeploymentProfileException.ACTION, "").trim(),
				NoDeploymentProfileException.ACTION, cause);
	}

}
