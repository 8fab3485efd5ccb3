package io.conduct;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verifies the boundaries of the application modules: every domain is a module that
 * declares what it may depend on, domains reach each other only through their public API,
 * there are no cycles, and the platform depends on no domain.
 */
class ModularityTests {

	/** Every module of the application, by name. A new domain is added here. */
	private static final List<String> MODULES = List.of("platform", "audit", "calendars", "cases", "certifications",
			"code", "disclosures", "gifts", "inquiries", "localdev", "notifications", "oversight", "people",
			"provisioning", "sso", "tenants", "trading", "viewer", "waivers");

	/** Which modules each module may depend on, as its package-info declares. */
	private static final Map<String, List<String>> ALLOWED = Map.ofEntries(Map.entry("audit", List.of("platform")),
			Map.entry("viewer", List.of("platform")),
			Map.entry("people", List.of("platform", "viewer", "notifications")),
			Map.entry("tenants", List.of("platform", "people", "viewer")),
			Map.entry("provisioning", List.of("platform", "people", "sso")),
			Map.entry("sso", List.of("platform", "tenants")), Map.entry("code", List.of("platform", "people")),
			Map.entry("notifications", List.of("platform")),
			Map.entry("certifications",
					List.of("platform", "people", "code", "notifications", "viewer", "disclosures")),
			Map.entry("localdev",
					List.of("platform", "people", "tenants", "code", "disclosures", "gifts", "trading", "cases")),
			Map.entry("oversight", List.of("platform", "cases", "people", "waivers", "disclosures", "certifications")),
			Map.entry("calendars", List.of("platform")),
			Map.entry("disclosures", List.of("platform", "people", "code", "notifications", "viewer")),
			Map.entry("gifts", List.of("platform", "people", "disclosures", "calendars", "notifications")),
			Map.entry("waivers",
					List.of("platform", "code", "people", "calendars", "notifications", "cases", "viewer")),
			Map.entry("inquiries", List.of("platform", "people", "calendars", "notifications")), Map.entry("trading",
					List.of("platform", "people", "calendars", "disclosures", "cases", "notifications", "viewer")));

	/**
	 * The classes Spring AOT writes beside ours at {@code package} (bean definitions,
	 * accessors, proxies: public by design) are not the modules' API.
	 */
	private static final ImportOption NOT_GENERATED_AHEAD_OF_TIME = (location) -> !location.contains("__")
			&& !location.contains("$$SpringCGLIB$$");

	/** The application's modules; test support, on the test class path only, is none. */
	private final ApplicationModules modules = ApplicationModules.of(ConductApplication.class,
			resideInAPackage("io.conduct.testsupport.."));

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void everyDomainIsAModuleAndThePlatformIsOpen() {
		assertThat(this.modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
			.containsExactlyInAnyOrderElementsOf(MODULES);
		assertThat(this.modules.getModuleByName("platform").orElseThrow().isOpen()).isTrue();
	}

	/**
	 * Each module names the modules it may use, so a new dependency is a decision, not an
	 * accident. (Cases declares its own in its package-info.)
	 */
	@Test
	void everyModuleDeclaresItsAllowedDependencies() {
		Map<String, List<String>> declared = new TreeMap<>();
		for (String name : MODULES) {
			if (name.equals("platform")) {
				continue;
			}
			org.springframework.modulith.ApplicationModule annotation = packageAnnotation(name);
			List<String> allowed = (annotation != null) ? List.of(annotation.allowedDependencies()) : List.of();
			if (allowed.isEmpty() || allowed.contains(org.springframework.modulith.ApplicationModule.OPEN_TOKEN)) {
				declared.put(name, List.of("(none declared)"));
			}
			else if (ALLOWED.containsKey(name)) {
				assertThat(allowed).as(name).containsExactlyInAnyOrderElementsOf(ALLOWED.get(name));
			}
		}
		assertThat(declared).as("modules that do not declare their allowed dependencies").isEmpty();
	}

	@Test
	void platformDependsOnNoDomain() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.withImportOption(NOT_GENERATED_AHEAD_OF_TIME)
			.importPackages("io.conduct");
		noClasses().that()
			.resideInAPackage("io.conduct.platform..")
			.should()
			.dependOnClassesThat(resideInAPackage("io.conduct..").and(not(resideInAPackage("io.conduct.platform.."))))
			.check(classes);
	}

	/**
	 * Inquiries, oversight and the local run offer nothing to other domains.
	 */
	@Test
	void modulesWithoutAnApiExposeNoType() {
		for (String name : List.of("inquiries", "oversight", "localdev")) {
			JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.withImportOption(NOT_GENERATED_AHEAD_OF_TIME)
				.importPackages("io.conduct." + name);
			noClasses().that()
				.resideInAPackage("io.conduct." + name + "..")
				.and()
				.areTopLevelClasses()
				.should()
				.bePublic()
				.check(classes);
		}
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml();
	}

	private static org.springframework.modulith.ApplicationModule packageAnnotation(String module) {
		try {
			return Class.forName("io.conduct." + module + ".package-info")
				.getAnnotation(org.springframework.modulith.ApplicationModule.class);
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
	}

}
