package io.conduct.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.Serialization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chart, through Helm itself (helm-java): it lints clean in strict mode, and its
 * manifests, rendered with the defaults and with every option on and parsed as Kubernetes
 * objects, run Conduct hardened (non-root, read-only root filesystem, no capabilities,
 * seccomp), probed on the actuator's own port, scaled and kept available, fenced by a
 * NetworkPolicy, with secret values only in Secrets, and never in the local profile.
 */
class HelmChartTests {

	static final Path EVERY_OPTION = Repository.CHART.resolve("ci/every-option-values.yaml");

	private final Helm helm = new Helm(Repository.CHART);

	@Test
	void lintsCleanInStrictMode() {
		LintResult result = this.helm.lint().strict().call();

		assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
		assertThat(result.getMessages()).noneMatch((message) -> message.contains("[WARNING]"))
			.noneMatch((message) -> message.contains("[ERROR]"));
	}

	@Test
	void lintsCleanWithEveryOptionOn() {
		// helm lint reads ci/*-values.yaml only through --values; template them strictly
		// instead
		assertThat(render((template) -> template.withValuesFile(EVERY_OPTION))).isNotEmpty();
	}

	@Test
	void theDefaultsRunConductHardenedAndProbedOnTheManagementPort() {
		List<HasMetadata> manifests = render(UnaryOperator.identity());
		Deployment deployment = single(manifests, Deployment.class);
		PodSpec pod = deployment.getSpec().getTemplate().getSpec();
		Container conduct = pod.getContainers().get(0);

		assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
		assertThat(pod.getSecurityContext().getRunAsUser()).isPositive();
		assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
		assertThat(pod.getAutomountServiceAccountToken()).isFalse();
		assertThat(conduct.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
		assertThat(conduct.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
		assertThat(conduct.getSecurityContext().getRunAsNonRoot()).isTrue();
		assertThat(conduct.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
		assertThat(conduct.getSecurityContext().getCapabilities().getAdd()).isNullOrEmpty();
		assertThat(conduct.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
		assertThat(conduct.getResources().getRequests()).containsKeys("cpu", "memory");
		assertThat(conduct.getResources().getLimits()).containsKeys("cpu", "memory");
		assertThat(conduct.getVolumeMounts()).anySatisfy((mount) -> assertThat(mount.getMountPath()).isEqualTo("/tmp"));

		assertProbe(conduct.getStartupProbe(), "/actuator/health/liveness");
		assertProbe(conduct.getLivenessProbe(), "/actuator/health/liveness");
		assertProbe(conduct.getReadinessProbe(), "/actuator/health/readiness");
		assertThat(conduct.getPorts()).anySatisfy((port) -> {
			assertThat(port.getName()).isEqualTo("management");
			assertThat(port.getContainerPort()).isEqualTo(9090);
		});
		assertThat(single(manifests, ConfigMap.class).getData()).containsEntry("SPRING_PROFILES_ACTIVE", "prod")
			.containsEntry("MANAGEMENT_SERVER_PORT", "9090");

		assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
		assertThat(single(manifests, PodDisruptionBudget.class).getSpec().getMinAvailable().getIntVal()).isEqualTo(1);
		assertThat(manifests).noneMatch((m) -> m instanceof HorizontalPodAutoscaler || m instanceof Ingress
				|| m instanceof NetworkPolicy || "ServiceMonitor".equals(m.getKind()));
		assertThat(single(manifests, Service.class).getSpec().getPorts()).extracting("name")
			.containsExactlyInAnyOrder("http", "management");
	}

	@Test
	void theJvmSizesItsHeapFromThePodsLimitAndFitsWhatIsNotHeapBeside() {
		List<HasMetadata> manifests = render(UnaryOperator.identity());
		Container conduct = single(manifests, Deployment.class).getSpec()
			.getTemplate()
			.getSpec()
			.getContainers()
			.get(0);
		String options = single(manifests, ConfigMap.class).getData().get("JAVA_TOOL_OPTIONS");
		long limit = io.fabric8.kubernetes.api.model.Quantity
			.getAmountInBytes(conduct.getResources().getLimits().get("memory"))
			.longValueExact();

		// the heap follows the container's limit (no fixed -Xmx, which would ignore it)
		assertThat(options).doesNotContain("-Xmx").contains("-XX:+ExitOnOutOfMemoryError");
		long heap = limit * Long.parseLong(option(options, "-XX:MaxRAMPercentage=")) / 100;
		long besideHeap = bytes(option(options, "-XX:MaxMetaspaceSize="))
				+ bytes(option(options, "-XX:ReservedCodeCacheSize="))
				+ bytes(option(options, "-XX:MaxDirectMemorySize="))
				// thread stacks (about 60 threads touched), the collector's own
				// structures
				+ 60 * bytes(option(options, "-Xss")) + heap / 10;
		assertThat(heap + besideHeap)
			.as("heap %d MiB + the rest %d MiB within the limit of %d MiB", heap >> 20, besideHeap >> 20, limit >> 20)
			.isLessThanOrEqualTo(limit);
		assertThat(conduct.getResources().getRequests().get("memory"))
			.as("memory is not overcommitted: the request is the limit")
			.isEqualTo(conduct.getResources().getLimits().get("memory"));
	}

	private static String option(String options, String prefix) {
		return Arrays.stream(options.split(" "))
			.filter((option) -> option.startsWith(prefix))
			.map((option) -> option.substring(prefix.length()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + prefix + " in " + options));
	}

	private static long bytes(String size) {
		long amount = Long.parseLong(size.substring(0, size.length() - 1));
		return switch (size.charAt(size.length() - 1)) {
			case 'k' -> amount << 10;
			case 'm' -> amount << 20;
			case 'g' -> amount << 30;
			default -> throw new AssertionError("not a size: " + size);
		};
	}

	@Test
	void everyOptionOnAddsTheAutoscalerTheIngressTheNetworkPolicyAndTheServiceMonitor() {
		List<HasMetadata> manifests = render((template) -> template.withValuesFile(EVERY_OPTION));

		Deployment deployment = single(manifests, Deployment.class);
		assertThat(deployment.getSpec().getReplicas()).as("the autoscaler decides").isNull();
		HorizontalPodAutoscaler hpa = single(manifests, HorizontalPodAutoscaler.class);
		assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(deployment.getMetadata().getName());
		assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(3);
		assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(12);
		assertThat(hpa.getSpec().getMetrics().get(0).getResource().getName()).isEqualTo("cpu");
		assertThat(single(manifests, PodDisruptionBudget.class).getSpec().getSelector().getMatchLabels())
			.isEqualTo(deployment.getSpec().getSelector().getMatchLabels());

		Ingress ingress = single(manifests, Ingress.class);
		assertThat(ingress.getSpec().getTls().get(0).getSecretName()).isEqualTo("conduct-example-tls");
		assertThat(ingress.getSpec().getRules().get(0).getHttp().getPaths()).singleElement().satisfies((path) -> {
			assertThat(path.getPath()).isEqualTo("/graphql");
			assertThat(path.getBackend().getService().getPort().getName()).as("never the management port")
				.isEqualTo("http");
		});

		NetworkPolicy policy = single(manifests, NetworkPolicy.class);
		assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
		assertThat(policy.getSpec().getIngress()).hasSize(2)
			.allSatisfy((rule) -> assertThat(rule.getFrom()).isNotEmpty());
		assertThat(policy.getSpec().getIngress().get(0).getFrom().get(0).getNamespaceSelector().getMatchLabels())
			.containsEntry("kubernetes.io/metadata.name", "ingress-nginx");
		assertThat(policy.getSpec().getIngress().get(0).getPorts()).singleElement()
			.satisfies((port) -> assertThat(port.getPort().getStrVal()).isEqualTo("http"));
		List<NetworkPolicyEgressRule> egress = policy.getSpec().getEgress();
		assertThat(egress).as("DNS, MongoDB, Keycloak, SMTP, OTLP").hasSize(5);
		assertThat(egress).allSatisfy((rule) -> {
			assertThat(rule.getTo()).as("every egress names its peers").isNotEmpty();
			assertThat(rule.getPorts()).as("and its ports").isNotEmpty();
		});
		assertThat(egress).flatExtracting(NetworkPolicyEgressRule::getPorts)
			.extracting((port) -> port.getPort().getIntVal())
			.contains(53, 27017, 8443, 587, 4318);

		GenericKubernetesResource monitor = (GenericKubernetesResource) manifests.stream()
			.filter((m) -> "ServiceMonitor".equals(m.getKind()))
			.findFirst()
			.orElseThrow();
		assertThat(monitor.getAdditionalProperties().toString()).contains("/actuator/prometheus")
			.contains("port=management");
		assertThat(single(manifests, ConfigMap.class).getData())
			.containsEntry("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT",
					"http://otel-collector.monitoring:4318/v1/traces")
			.containsEntry("CONDUCT_OBSERVABILITY_TENANT_TAGS", "acme,acme-de")
			.containsEntry("CONDUCT_MONGO_DATA_REGIONS", "eu,us")
			// the realms send enrolment e-mails through it: passwords never pass through
			// an administrator
			.containsEntry("CONDUCT_KEYCLOAK_SMTP_HOST", "smtp.example.com")
			.containsEntry("CONDUCT_KEYCLOAK_SMTP_PORT", "587")
			.containsEntry("CONDUCT_KEYCLOAK_SMTP_FROM", "login@example.com")
			.containsEntry("CONDUCT_KEYCLOAK_SMTP_STARTTLS", "true");
		assertThat(single(render(UnaryOperator.identity()), ConfigMap.class).getData())
			.doesNotContainKey("CONDUCT_KEYCLOAK_SMTP_HOST");
	}

	@Test
	void secretValuesComeFromSecretsOnlyNeverFromAConfigMap() {
		for (List<HasMetadata> manifests : List.of(render(UnaryOperator.identity()),
				render((template) -> template.withValuesFile(EVERY_OPTION)))) {
			assertThat(manifests).noneMatch((m) -> "Secret".equals(m.getKind()));
			ConfigMap config = single(manifests, ConfigMap.class);
			assertThat(config.getData().keySet()).noneMatch((key) -> key.contains("PASSWORD") || key.contains("SECRET")
					|| key.contains("MASTER_KEYS") || key.equals("MONGODB_URI") || key.contains("REGIONS_"));
			assertThat(config.getData().values())
				.noneMatch((value) -> value.contains("mongodb://") || value.contains("mongodb+srv://"));

			Container conduct = single(manifests, Deployment.class).getSpec()
				.getTemplate()
				.getSpec()
				.getContainers()
				.get(0);
			for (String secret : List.of("MONGODB_URI", "CONDUCT_KEYCLOAK_ADMIN_CLIENT_SECRET")) {
				EnvVar variable = conduct.getEnv()
					.stream()
					.filter((e) -> e.getName().equals(secret))
					.findFirst()
					.orElseThrow();
				assertThat(variable.getValue()).isNull();
				assertThat(variable.getValueFrom().getSecretKeyRef()).isNotNull();
			}
			assertThat(conduct.getEnv()).noneMatch((e) -> e.getValue() != null && e.getValue().contains("mongodb://"));
		}
		Deployment deployment = single(render((template) -> template.withValuesFile(EVERY_OPTION)), Deployment.class);
		var secrets = deployment.getSpec()
			.getTemplate()
			.getSpec()
			.getVolumes()
			.stream()
			.filter((v) -> v.getName().equals("secrets"))
			.findFirst()
			.orElseThrow()
			.getProjected()
			.getSources();
		assertThat(secrets).flatExtracting((source) -> source.getSecret().getItems())
			.extracting("path")
			.containsExactlyInAnyOrder("conduct.crypto.master-keys.prod-1", "conduct.crypto.master-keys.prod-2",
					"conduct.mongo.regions.eu", "conduct.mongo.regions.us");
	}

	@Test
	void theValuesSchemaRejectsAWrongType() {
		assertThatThrownBy(() -> render((template) -> template.set("replicaCount", "two")))
			.hasMessageContaining("replicaCount");
		assertThatThrownBy(
				() -> render((template) -> template.set("containerSecurityContext.readOnlyRootFilesystem", "false")))
			.hasMessageContaining("readOnlyRootFilesystem");
		assertThatThrownBy(() -> render((template) -> template.set("ingress.enabled", "maybe")))
			.hasMessageContaining("ingress");
		assertThatThrownBy(() -> render((template) -> template.set("noSuchValue", "1")))
			.hasMessageContaining("noSuchValue");
	}

	@Test
	void noValueTurnsOnTheLocalProfile() {
		for (String name : List.of("SPRING_PROFILES_ACTIVE", "spring_profiles_active", "SPRING_PROFILES_INCLUDE",
				"CONDUCT_LOCAL_ISSUER_ENABLED", "SPRING_CONFIG_ADDITIONAL_LOCATION", "CONDUCT_GRAPHIQL_ENABLED")) {
			assertThatThrownBy(() -> render(
					(template) -> template.set("extraEnv[0].name", name).set("extraEnv[0].value", "local")))
				.as(name)
				.isInstanceOf(IllegalStateException.class);
		}
		List<HasMetadata> allowed = render(
				(template) -> template.set("extraEnv[0].name", "TZ").set("extraEnv[0].value", "UTC"));
		assertThat(single(allowed, Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0).getEnv())
			.anySatisfy((e) -> assertThat(e.getName()).isEqualTo("TZ"));
	}

	@Test
	void everyDataRegionNeedsItsOwnMongoDb() {
		assertThatThrownBy(() -> render((template) -> template.set("mongodb.dataRegions[0]", "ap")))
			.hasMessageContaining("data region ap has no entry");
	}

	/**
	 * {@code helm template} leaves hooks out; a copy of the chart whose test pod carries
	 * its hook annotation under another name renders it like any manifest.
	 */
	@Test
	void theHelmTestChecksReadinessOnTheManagementPort(@TempDir Path copy) throws IOException {
		Path chart = copy.resolve("conduct");
		try (var files = Files.walk(Repository.CHART)) {
			for (Path file : files.toList()) {
				Path target = chart.resolve(Repository.CHART.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.writeString(target, Files.readString(file).replace("helm.sh/hook", "rendered.test/hook"));
				}
			}
		}
		Pod test = new Helm(chart).template()
			.withName("conduct")
			.withKubeVersion("1.31.0")
			.call()
			.transform(HelmChartTests::parse)
			.stream()
			.filter(Pod.class::isInstance)
			.map(Pod.class::cast)
			.findFirst()
			.orElseThrow();

		assertThat(test.getMetadata().getAnnotations()).containsEntry("rendered.test/hook", "test");
		assertThat(test.getSpec().getContainers().get(0).getArgs())
			.anySatisfy((arg) -> assertThat(arg).endsWith(":9090/actuator/health/readiness"));
		assertThat(test.getSpec().getSecurityContext().getRunAsNonRoot()).isTrue();
		assertThat(test.getMetadata().getLabels()).containsEntry("app.kubernetes.io/component", "helm-test");
	}

	@Test
	void everyValueIsDocumented() throws IOException {
		String values = Files.readString(Repository.CHART.resolve("values.yaml"));
		Set<String> documented = new LinkedHashSet<>();
		Matcher params = Pattern.compile("@param ([\\w.]+)").matcher(values);
		while (params.find()) {
			documented.add(params.group(1));
		}
		List<String> leaves = new ArrayList<>();
		leaves((Map<?, ?>) new Yaml().load(values), "", leaves);

		assertThat(leaves).isNotEmpty()
			.allSatisfy((leaf) -> assertThat(documented).as("@param for " + leaf)
				.anyMatch((param) -> leaf.equals(param) || leaf.startsWith(param + ".")));
		String schema = Files.readString(Repository.CHART.resolve("values.schema.json"));
		assertThat(((Map<?, ?>) new Yaml().load(values)).keySet())
			.allSatisfy((key) -> assertThat(schema).contains("\"" + key + "\""));
	}

	private static void leaves(Map<?, ?> map, String prefix, List<String> leaves) {
		map.forEach((key, value) -> {
			String path = prefix + key;
			if (value instanceof Map<?, ?> child && !child.isEmpty()) {
				leaves(child, path + ".", leaves);
			}
			else {
				leaves.add(path);
			}
		});
	}

	private static void assertProbe(Probe probe, String path) {
		assertThat(probe).as(path).isNotNull();
		assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
		assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("management");
	}

	List<HasMetadata> render(UnaryOperator<TemplateCommand> options) {
		String rendered = options
			.apply(this.helm.template().withName("conduct").withNamespace("conduct").withKubeVersion("1.31.0"))
			.call();
		return parse(rendered);
	}

	static List<HasMetadata> parse(String rendered) {
		return Arrays.stream(rendered.split("(?m)^---\\s*$"))
			.filter((document) -> document.lines().anyMatch((line) -> line.startsWith("kind:")))
			.map((document) -> (HasMetadata) Serialization.unmarshal(document, HasMetadata.class))
			.toList();
	}

	static <T> T single(List<HasMetadata> manifests, Class<T> type) {
		List<T> found = manifests.stream().filter(type::isInstance).map(type::cast).toList();
		assertThat(found).as(type.getSimpleName()).hasSize(1);
		return found.get(0);
	}

}
