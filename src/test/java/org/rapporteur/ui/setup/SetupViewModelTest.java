package org.rapporteur.ui.setup;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.service.TestBackends;
import org.rapporteur.model.Language;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.MeetingFacts;
import org.rapporteur.model.TextLimits;
import org.rapporteur.service.Backend;
import org.rapporteur.service.Workers;
import org.rapporteur.ui.AppContext;
import org.rapporteur.ui.UiText;

/** The setup screen's rules, without a window: validation on its own, saving on a real store on the test's thread. */
class SetupViewModelTest {
    private static final LocalDate NOV_16 = LocalDate.of(2010, 11, 16);
    private static final LocalDate NOV_18 = LocalDate.of(2010, 11, 18);

    @TempDir
    Path folder;

    private Backend backend;

    @AfterEach
    void close() {
        if (backend != null) {
            backend.close();
        }
    }

    /** A form with no store behind it: the services never answer. */
    private static SetupViewModel form() {
        SetupViewModel model = new SetupViewModel(new CompletableFuture<>(), new CompletableFuture<>(),
                new CompletableFuture<>(), Runnable::run, texts());
        model.open(null);
        return model;
    }

    /** A form over a real store; every call completes before it returns. */
    private SetupViewModel stored() {
        backend = TestBackends.open(folder, Workers.sameThread());
        SetupViewModel model = new SetupViewModel(CompletableFuture.completedFuture(backend.meetings()),
                CompletableFuture.completedFuture(backend.edits()), CompletableFuture.completedFuture(backend.imports()),
                Runnable::run, texts());
        model.open(null);
        return model;
    }

    private static UiText texts() {
        return UiText.load(AppContext.BUNDLE, Locale.ENGLISH);
    }

    @Test
    void aNewMeetingStartsAsAnOasMeetingOfSixSessionsInEnglish() {
        SetupViewModel model = form();
        assertEquals("Organization of American States", model.organizationProperty().get());
        assertEquals(6, model.sessionsProperty().get());
        assertEquals(Language.EN, model.languageProperty().get());
        assertNull(model.meetingIdProperty().get());
    }

    @Test
    void aMeetingWithoutATitleCannotBeCreatedAndSaysWhy() {
        SetupViewModel model = form();
        assertEquals("The meeting needs a title.", model.titleProblemProperty().get());
        assertFalse(model.validProperty().get());

        model.titleProperty().set("   ");
        assertEquals("The meeting needs a title.", model.titleProblemProperty().get(), "spaces are no title");

        model.titleProperty().set("MISPA III");
        assertEquals("", model.titleProblemProperty().get());
        assertTrue(model.validProperty().get());
    }

    @Test
    void aTitleLongerThanTheStoreHoldsIsAProblemBeforeItIsSent() {
        SetupViewModel model = form();
        model.titleProperty().set("x".repeat(TextLimits.HEADING + 1));
        assertTrue(model.titleProblemProperty().get().contains(String.valueOf(TextLimits.HEADING)),
                model.titleProblemProperty().get());
        assertFalse(model.validProperty().get());
    }

    @Test
    void anEndDateBeforeTheStartDateIsShownAsAProblemNotThrown() {
        SetupViewModel model = form();
        model.titleProperty().set("MISPA III");
        model.startDateProperty().set(NOV_18);
        assertDoesNotThrow(() -> model.endDateProperty().set(NOV_16));

        assertEquals("The meeting cannot end before it starts: check the end date.", model.datesProblemProperty().get());
        assertFalse(model.validProperty().get());
        CompletableFuture<Long> created = assertDoesNotThrow(model::create);
        assertNull(created.join(), "nothing is created from dates that cannot be");

        model.endDateProperty().set(NOV_18);
        assertEquals("", model.datesProblemProperty().get(), "a meeting of one day is fine");
        assertTrue(model.validProperty().get());
    }

    @Test
    void aDateThatCannotBeReadIsAProblemUntilItIsCorrected() {
        SetupViewModel model = form();
        model.titleProperty().set("MISPA III");
        model.startDateReadableProperty().set(false);
        assertTrue(model.datesProblemProperty().get().contains("2010-11-16"), model.datesProblemProperty().get());
        assertFalse(model.validProperty().get());
        model.startDateReadableProperty().set(true);
        assertTrue(model.validProperty().get());
    }

    @Test
    void theDaysFollowFromTheDatesAndAreOneWithoutThem() {
        SetupViewModel model = form();
        assertEquals(1, model.daysProperty().get());
        model.startDateProperty().set(NOV_16);
        assertEquals(1, model.daysProperty().get(), "one date only");
        model.endDateProperty().set(NOV_18);
        assertEquals(3, model.daysProperty().get());
    }

    @Test
    void blankFieldsAreStoredAsNothingAndTextIsTrimmed() {
        SetupViewModel model = form();
        model.titleProperty().set("  MISPA III  ");
        model.seriesProperty().set("  ");
        model.cityProperty().set(" Port of Spain ");
        model.mandateProperty().set("\n\n");
        MeetingFacts facts = model.facts();
        assertEquals("MISPA III", facts.title());
        assertNull(facts.series());
        assertEquals("Port of Spain", facts.venue().city());
        assertNull(facts.venue().country());
        assertNull(facts.mandate());
    }

    @Test
    void creatingAMeetingGivesItTheSessionsAsked() {
        SetupViewModel model = stored();
        model.titleProperty().set("MISPA III");
        model.startDateProperty().set(NOV_16);
        model.endDateProperty().set(NOV_18);
        model.sessionsProperty().set(4);

        Long id = model.create().join();

        Meeting meeting = backend.meetings().loadMeeting(id).join();
        assertEquals("MISPA III", meeting.title());
        assertEquals(4, meeting.sessions().size());
        assertEquals(NOV_18, meeting.sessions().get(3).date(), "the last session falls on the last day");
        assertEquals(meeting, model.meetingProperty().get(), "the screen shows the meeting as stored");
    }

    @Test
    void aChangedFactIsSavedAndAnImpossibleOneIsNot() {
        SetupViewModel model = stored();
        model.titleProperty().set("MISPA III");
        Long id = model.create().join();
        int editsBefore = model.factsEditsProperty().get();

        model.countryProperty().set("Trinidad and Tobago");
        assertTrue(model.factsEditsProperty().get() > editsBefore, "a change to a created meeting is an edit to save");
        model.saveFacts();
        assertEquals("Trinidad and Tobago", backend.meetings().loadMeeting(id).join().facts().venue().country());
        assertTrue(model.savedProperty().get().startsWith("Saved "), model.savedProperty().get());

        model.startDateProperty().set(NOV_18);
        model.endDateProperty().set(NOV_16);
        assertDoesNotThrow(model::saveFacts);
        MeetingFacts stored = backend.meetings().loadMeeting(id).join().facts();
        assertNull(stored.startDate(), "dates that cannot be are not written");
        assertNull(stored.endDate());
    }

    @Test
    void openingAStoredMeetingFillsTheFormWithoutCountingItAsAnEdit() {
        SetupViewModel first = stored();
        first.titleProperty().set("MISPA III");
        first.cityProperty().set("Port of Spain");
        Long id = first.create().join();

        SetupViewModel again = new SetupViewModel(CompletableFuture.completedFuture(backend.meetings()),
                CompletableFuture.completedFuture(backend.edits()), CompletableFuture.completedFuture(backend.imports()),
                Runnable::run, texts());
        again.open(id);
        assertEquals("MISPA III", again.titleProperty().get());
        assertEquals("Port of Spain", again.cityProperty().get());
        assertEquals(0, again.factsEditsProperty().get());
    }
}
