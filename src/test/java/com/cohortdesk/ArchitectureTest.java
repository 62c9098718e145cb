package com.cohortdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/** Keeps the feature-package shape: package-private repositories, thin views, secured routes and services. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // What Spring AOT generated in a production build (bean definitions, proxies): not our code
                .withImportOption(location -> !location.contains("__") && !location.contains("$$SpringCGLIB$$"))
                .importPackages("com.cohortdesk");
    }

    @Test
    void repositoriesArePackagePrivate() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .should()
                .notBePublic()
                .because("other features go through the owning feature's service")
                .check(classes);
    }

    @Test
    void viewsLiveInUiPackagesAndDoNotTouchRepositoriesOrPersistence() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .resideInAPackage("..ui..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.persistence..")
                .because("views are thin: they call services")
                .check(classes);
    }

    @Test
    void domainAndServicesDoNotDependOnTheUi() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..ui..", "com.cohortdesk")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin.flow.component..")
                .because("rules and services are plain code, tested without a UI")
                .check(classes);
    }

    @Test
    void everyRouteDeclaresWhoMayOpenIt() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(PermitAll.class)
                .orShould()
                .beAnnotatedWith(AnonymousAllowed.class)
                .check(classes);
    }

    @Test
    void publicServiceMethodsDeclareTheirRoles() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Service.class)
                .and()
                .areDeclaredInClassesThat()
                .arePublic()
                .and()
                .arePublic()
                .and()
                .areNotStatic()
                .should()
                .beAnnotatedWith(Secured.class)
                .because("method security is the second line of defence behind the views")
                .check(classes);
    }

    @Test
    void servicesRefuseWithTheRefusalType() {
        noClasses()
                .that()
                .areAnnotatedWith(Service.class)
                .should()
                .callConstructor(IllegalArgumentException.class, String.class)
                .orShould()
                .callConstructor(IllegalArgumentException.class, String.class, Throwable.class)
                .orShould()
                .callConstructor(IllegalStateException.class, String.class)
                .because(
                        "a refusal the user can act on is a RuleViolation, whose message the page shows; any other exception "
                                + "is a fault, shown only as \"Something went wrong\" with a logged reference")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheDemoData() {
        noClasses()
                .that()
                .resideOutsideOfPackage("com.cohortdesk.demo..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.cohortdesk.demo..")
                .because("demo data exists in the dev profile only")
                .check(classes);
    }

    /**
     * No cycles between features (and {@code ui}, {@code shared}): a feature that others build on reaches them only
     * through contribution points it declares ({@code LearnerPageSection}, {@code CohortPageSection},
     * {@code CohortLearnerCounts}, {@code TeachingAssignments}, {@code SignedInUser}, {@code UserMenuAction}).
     * <p>
     * Frozen, and only these: the faculty scope. {@code OfferingAccess} and {@code OfferingScope} live in
     * {@code enrollment} (they read the offering leads), which depends on {@code cohort} and {@code learner} through its
     * entities, while the cohort and learner services ask the same scope. Moving the scope into a slice of its own is
     * issue 11's "no reaching into other features' entities" step; until then these four dependencies are ignored by
     * name, so any new one fails this test.
     */
    @Test
    void featuresAreFreeOfCycles() {
        slices().matching("com.cohortdesk.(*)..")
                .should()
                .beFreeOfCycles()
                .ignoreDependency("com.cohortdesk.cohort.CohortService", "com.cohortdesk.enrollment.OfferingAccess")
                .ignoreDependency("com.cohortdesk.learner.LearnerService", "com.cohortdesk.enrollment.OfferingAccess")
                .ignoreDependency("com.cohortdesk.learner.LearnerService", "com.cohortdesk.enrollment.OfferingScope")
                .ignoreDependency("com.cohortdesk.learner.LearnerRowsImpl", "com.cohortdesk.enrollment.OfferingAccess")
                .check(classes);
    }

    /**
     * Where a feature still reaches into another feature's entities (class → entity, top-level class names): the JPA
     * associations between features' entities ({@code LiveSession → Offering}, {@code Assessment → Offering},
     * {@code Offering → Cohort, ProgrammeModule}, ...) and the services that load or create those entities. Frozen:
     * nothing may be added, and {@link #theFrozenEntityDependenciesStillExist()} makes the list shrink when one goes.
     */
    static final Set<String> FROZEN_ENTITY_DEPENDENCIES = Set.of(
            "Assessment -> Offering",
            "AssessmentService -> Cohort",
            "AssessmentService -> Offering",
            "Enrollment -> Learner",
            "EnrollmentService -> ProgrammeModule",
            "Extension -> Learner",
            "ExtensionService -> Learner",
            "ExtensionService -> Offering",
            "ExtensionService -> ProgrammeModule",
            "Learner -> Cohort",
            "LearnerService -> Cohort",
            "LearnerStatusChange -> Cohort",
            "LegalHold -> Learner",
            "LiveSession -> Offering",
            "Offering -> Cohort",
            "Offering -> ProgrammeModule",
            "OfferingService -> Cohort",
            "OfferingService -> ProgrammeModule",
            "PrivacyService -> Learner",
            "SessionReadModels -> Cohort",
            "SessionReadModels -> Offering",
            "SessionReadModels -> ProgrammeModule",
            "SessionSchedulingService -> Cohort",
            "SessionSchedulingService -> Offering");

    /**
     * A feature's classes do not use another feature's {@code @Entity} classes: they go through the owning feature's
     * service or a read model it publishes ({@code EnrolledLearners}, {@code LearnerContacts}, {@code OfferingDetails}).
     */
    @Test
    void featuresDoNotReachIntoOtherFeaturesEntities() {
        classes()
                .that()
                .resideInAPackage("com.cohortdesk.*..")
                .should(notDependOnOtherFeaturesEntities())
                .because("an entity is its feature's own; others use its service or a published read model")
                .check(classes);
    }

    @Test
    void theFrozenEntityDependenciesStillExist() {
        assertThat(entityDependenciesAcrossFeatures())
                .as("a frozen dependency that is gone: remove it from the list")
                .containsAll(FROZEN_ENTITY_DEPENDENCIES);
    }

    /** Frozen like {@link #FROZEN_ENTITY_DEPENDENCIES}: the assessment feature's queries of enrolments and offerings. */
    static final Set<String> FROZEN_QUERIES = Set.of(
            "AssessmentRepository.findCandidates -> Enrollment",
            "AssessmentRepository.findPlaces -> Enrollment",
            "AssessmentRepository.findRowsOfLearner -> Enrollment",
            "AssessmentRepository.findWeights -> Offering");

    /**
     * The same in repository queries, which ArchUnit's class dependencies do not see: no {@code from} or {@code join} of
     * another feature's entity by name in a {@code @Query} (a path join over a frozen association above is not checked).
     */
    @Test
    void repositoryQueriesDoNotReadOtherFeaturesEntities() {
        var entities =
                classes.stream().filter(c -> c.isAnnotatedWith(Entity.class)).toList();
        var found = new TreeSet<String>();
        for (var repository : classes.that(
                DescribedPredicate.describe("repositories", (JavaClass c) -> c.isAssignableTo(Repository.class)))) {
            for (var method : repository.getMethods()) {
                if (!method.isAnnotatedWith(Query.class)) continue;
                var query = method.getAnnotationOfType(Query.class).value();
                for (var entity : entities) {
                    if (feature(entity).equals(feature(repository))) continue;
                    if (Pattern.compile(
                                    "\\b(from|join)\\s+(" + Pattern.quote(entity.getName()) + "|"
                                            + entity.getSimpleName() + ")\\b",
                                    Pattern.CASE_INSENSITIVE)
                            .matcher(query)
                            .find()) {
                        found.add(
                                repository.getSimpleName() + "." + method.getName() + " -> " + entity.getSimpleName());
                    }
                }
            }
        }
        assertThat(found)
                .as("queries reading another feature's entities (frozen: the assessment feature's, by name)")
                .isEqualTo(FROZEN_QUERIES);
    }

    private static Set<String> entityDependenciesAcrossFeatures() {
        var found = new TreeSet<String>();
        for (var origin : classes) {
            for (var dependency : origin.getDirectDependenciesFromSelf()) {
                var key = crossFeatureEntityDependency(origin, dependency.getTargetClass());
                if (key != null) found.add(key);
            }
        }
        return found;
    }

    private static ArchCondition<JavaClass> notDependOnOtherFeaturesEntities() {
        return new ArchCondition<>("not depend on another feature's @Entity classes") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (var dependency : origin.getDirectDependenciesFromSelf()) {
                    var key = crossFeatureEntityDependency(origin, dependency.getTargetClass());
                    if (key != null && !FROZEN_ENTITY_DEPENDENCIES.contains(key)) {
                        events.add(SimpleConditionEvent.violated(dependency, key + ": " + dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** "origin -> entity" (top-level simple names) when the target is another feature's entity, else null. */
    private static @Nullable String crossFeatureEntityDependency(JavaClass origin, JavaClass target) {
        var entity = target.getBaseComponentType();
        if (!entity.isAnnotatedWith(Entity.class)) return null;
        var from = feature(origin);
        var to = feature(entity);
        if (from.isEmpty() || from.equals(to)) return null;
        return topLevel(origin).getSimpleName() + " -> " + entity.getSimpleName();
    }

    private static JavaClass topLevel(JavaClass c) {
        var current = c;
        while (current.getEnclosingClass().isPresent())
            current = current.getEnclosingClass().get();
        return current;
    }

    /** The feature a class belongs to: the package segment after {@code com.cohortdesk}, empty for the root package. */
    private static String feature(JavaClass c) {
        var name = c.getPackageName();
        if (!name.startsWith("com.cohortdesk.")) return "";
        var rest = name.substring("com.cohortdesk.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
