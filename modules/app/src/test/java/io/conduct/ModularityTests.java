package io.conduct;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verifies the boundaries of the application modules: domains reach each other only
 * through their public API, there are no cycles, and the platform depends on no domain.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(ConductApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void everyDomainIsAModuleAndThePlatformIsOpen() {
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString())).contains("platform",
				"viewer", "tenants", "localdev");
	}

	@Test
	void platformDependsOnNoDomain() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.conduct");
		noClasses().that()
			.resideInAPackage("io.conduct.platform..")
			.should()
			.dependOnClassesThat(resideInAPackage("io.conduct..").and(not(resideInAPackage("io.conduct.platform.."))))
			.check(classes);
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml();
	}

}
