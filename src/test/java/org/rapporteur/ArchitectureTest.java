package org.rapporteur;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.rapporteur.exchange.DocumentRow;
import org.rapporteur.exchange.DocumentsPreview;
import org.rapporteur.exchange.ParticipantRow;
import org.rapporteur.exchange.ParticipantsPreview;
import org.rapporteur.exchange.RowProblem;
import org.rapporteur.report.Annex;
import org.rapporteur.report.Block;
import org.rapporteur.report.BlockStyle;
import org.rapporteur.report.DraftWarning;
import org.rapporteur.report.Masthead;
import org.rapporteur.report.Place;
import org.rapporteur.report.Report;
import org.rapporteur.report.ReportOptions;
import org.rapporteur.report.SpeakingStatistics;

/**
 * The layering, checked on the compiled classes: model at the bottom, store and exchange beside each other
 * above it, service on top of both, ui and cli at the edges.
 */
@AnalyzeClasses(packages = "org.rapporteur", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String MODEL = "org.rapporteur.model..";
    private static final String STORE = "org.rapporteur.store..";
    private static final String SERVICE = "org.rapporteur.service..";
    private static final String EXCHANGE = "org.rapporteur.exchange..";
    private static final String REPORT = "org.rapporteur.report..";
    private static final String UI = "org.rapporteur.ui..";
    private static final String CLI = "org.rapporteur.cli..";
    private static final String GENERATED_JOOQ = "org.rapporteur.store.jooq..";

    @ArchTest
    static final ArchRule modelDependsOnNoOtherPackageOfOurs = noClasses()
            .that().resideInAPackage(MODEL)
            .should().dependOnClassesThat(resideInAPackage("org.rapporteur..").and(not(resideInAPackage(MODEL))))
            .because("the meeting record is plain Java that every layer shares; if it reached up into a layer,"
                    + " that layer could no longer change without changing the record everyone depends on");

    @ArchTest
    static final ArchRule sentencesDependOnNothingOfOurs = noClasses()
            .that().resideInAPackage("org.rapporteur.text..")
            .should().dependOnClassesThat(resideInAPackage("org.rapporteur..")
                    .and(not(resideInAPackage("org.rapporteur.text.."))))
            .because("every layer reports problems as sentences; the sentences must not pull a layer in with them");

    @ArchTest
    static final ArchRule reportKnowsOnlyTheModelAndSentences = noClasses()
            .that().resideInAPackage(REPORT)
            .should().dependOnClassesThat(resideInAPackage("org.rapporteur..")
                    .and(not(resideInAnyPackage(MODEL, REPORT, "org.rapporteur.text.."))))
            .because("the report is generated from the meeting record alone: the same prose for the window, the"
                    + " command line and the Word file, whatever store or file the record came from");

    @ArchTest
    static final ArchRule theReportsCompositionUsesNoWordLibrary = noClasses()
            .that().resideInAPackage("org.rapporteur.report")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats..", "org.apache.xmlbeans..")
            .because("the composed report (blocks of text and style) is what a preview in the window draws as well as what the"
                    + " Word writer writes; only report.docx and report.xlsx, the writers, may know POI and the file formats");

    @ArchTest
    static final ArchRule modelUsesNoFrameworkOrLibrary = noClasses()
            .that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.jooq..",
                    "com.fasterxml.jackson..", "org.apache.poi..", "picocli..", "org.h2..", "org.flywaydb..")
            .because("the records must be usable (and testable) without a window, a database, a file format"
                    + " or a command line: annotations or types from those libraries would tie them to one of them");

    @ArchTest
    static final ArchRule onlyTheStoreTalksToTheDatabase = noClasses()
            .that().resideOutsideOfPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.h2..", "org.flywaydb..",
                    "org.postgresql..", "com.zaxxer..")
            .because("SQL, the schema, H2's quirks (file locks, durability settings) and PostgreSQL's driver and pool"
                    + " are kept in one place; the rest of the application sees records and StoreException sentences only");

    @ArchTest
    static final ArchRule uiGoesThroughTheServiceNotTheStore = noClasses()
            .that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAPackage(STORE)
            .because("screens run use cases through MeetingService, which orders writes on the writer thread and"
                    + " keeps store calls off the FX thread; a screen calling the store directly would bypass both");

    /**
     * The previews of an imported list are what ImportService hands the window to show before anything is
     * applied: plain records of what was read, in the exchange package because the readers build them there.
     * Copying them into look-alike ui records would add code and nothing else; the readers themselves (and
     * every other exchange class) stay out of reach of the window.
     */
    private static final DescribedPredicate<JavaClass> IMPORT_PREVIEWS = belongToAnyOf(ParticipantsPreview.class,
            ParticipantRow.class, DocumentsPreview.class, DocumentRow.class, RowProblem.class);

    /** What the report service answers with, and what the window shows of it: values, no files, no Word. */
    private static final DescribedPredicate<JavaClass> REPORT_ANSWERS = belongToAnyOf(Report.class, Block.class,
            BlockStyle.class, Place.class, Masthead.class, DraftWarning.class, ReportOptions.class, Annex.class,
            SpeakingStatistics.class);

    @ArchTest
    static final ArchRule uiUsesOnlyServiceAndModelOfOurs = noClasses()
            .that().resideInAPackage(UI)
            .should().dependOnClassesThat(resideInAnyPackage(EXCHANGE, CLI, REPORT).and(not(IMPORT_PREVIEWS))
                    .and(not(REPORT_ANSWERS)))
            .because("the window is one client of the use cases, like the command line; reading files or"
                    + " building reports is the service's job, so both clients behave the same (the previews"
                    + " of an import and the report's values are the exceptions: they are what the service"
                    + " answers with)");

    @ArchTest
    static final ArchRule nothingOutsideTheUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("commands, the store and the services must run headless (scripts, CI, a server without a"
                    + " display), and JavaFX types outside ui would drag the toolkit into them");

    @ArchTest
    static final ArchRule exchangeKnowsOnlyTheModel = noClasses()
            .that().resideInAPackage(EXCHANGE)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, SERVICE, UI, CLI)
            .because("the meeting file format converts between files and the model and nothing else, so it can"
                    + " be read and written without a store, and the format cannot change because a screen did");

    @ArchTest
    static final ArchRule storeKnowsOnlyTheModel = noClasses()
            .that().resideInAPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage(SERVICE, UI, CLI, EXCHANGE, REPORT)
            .because("the store persists the model; the layers above use it, never the other way round,"
                    + " so the schema and the use cases can change independently");

    @ArchTest
    static void packagesHaveNoCycles(JavaClasses classes) {
        slices().matching("org.rapporteur.(*)..")
                .should().beFreeOfCycles()
                .because("a cycle between packages means neither can be understood, tested or changed alone;"
                        + " the layers must form a ladder (jOOQ's generated classes are left out: they are"
                        + " generated, not designed)")
                .check(classes.that(not(resideInAPackage(GENERATED_JOOQ))));
    }

    @ArchTest
    static final ArchRule controllersHaveNoPublicFields = fields()
            .that().areDeclaredInClassesThat().resideInAPackage(UI)
            .and().areDeclaredInClassesThat().haveSimpleNameEndingWith("Controller")
            .should().notBePublic()
            .because("FXML injects controls into private @FXML fields; a public field lets any other class"
                    + " reach into a screen's controls and bypass its view model");
}
