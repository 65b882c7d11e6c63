package org.rapporteur.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.DelegationKind;
import org.rapporteur.model.Language;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.MeetingFacts;
import org.rapporteur.model.Person;
import org.rapporteur.service.SampleMeeting;

/** The H2 store on a real file in a temporary folder. */
class StoreTest {
    @TempDir
    Path folder;

    @Test
    void aMeetingSurvivesClosingAndReopeningTheStore() {
        long id;
        Meeting stored;
        try (Store store = Store.open(folder)) {
            id = store.meetings().insert(SampleMeeting.load());
            stored = store.meetings().load(id);
        }
        assertTrue(Files.exists(folder.resolve("rapporteur.mv.db")), "the store is one H2 file in the folder");
        try (Store again = Store.open(folder)) {
            assertEquals(stored, again.meetings().load(id));
            assertEquals(List.of(id), again.meetings().list().stream().map(m -> m.id()).toList());
        }
    }

    @Test
    void oneStoreHoldsManyMeetingsListedNewestFirst() {
        try (Store store = Store.open(folder)) {
            long sample = store.meetings().insert(SampleMeeting.load());
            long undated = store.meetings().insert(new Meeting(null, facts("A meeting without dates"), null, null,
                    List.of(), List.of(), List.of(), List.of()));
            assertEquals(List.of(sample, undated), store.meetings().list().stream().map(m -> m.id()).toList());
        }
    }

    @Test
    void aMeetingThatCannotBeSavedWholeLeavesNothingBehind() {
        // The person refers to a delegation that is not part of the meeting: the insert fails half-way.
        Meeting broken = new Meeting(null, facts("Broken"), null, null,
                List.of(new Delegation(1L, "Chile", null, DelegationKind.MEMBER_STATE, true, List.of())),
                List.of(new Person(2L, "Someone", null, null, 99L)), List.of(), List.of());
        try (Store store = Store.open(folder)) {
            assertThrows(IllegalArgumentException.class, () -> store.meetings().insert(broken));
            assertEquals(Map.of(), nonEmptyTables(store));
        }
    }

    @Test
    void deletingAMeetingRemovesEverythingInIt() {
        try (Store store = Store.open(folder)) {
            long id = store.meetings().insert(SampleMeeting.load());
            assertTrue(store.meetings().delete(id));
            assertEquals(Map.of(), nonEmptyTables(store));
            assertFalse(store.meetings().delete(id));
            StoreException missing = assertThrows(StoreException.class, () -> store.meetings().load(id));
            assertEquals(StoreException.Reason.NOT_FOUND, missing.reason());
            assertEquals("There is no meeting " + id + " in this store.", missing.getMessage());
        }
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefusedInPlainWords() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("occupied"), "x");
        StoreException e = assertThrows(StoreException.class, () -> Store.open(notAFolder));
        assertEquals(StoreException.Reason.NOT_WRITABLE, e.reason());
        assertTrue(e.getMessage().startsWith("The folder " + notAFolder + " cannot be created"), e.getMessage());
    }

    @Test
    void aDamagedStoreFileIsRefusedInPlainWordsAndLeftAsItWas() throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(7).nextBytes(garbage);
        Path file = Files.write(folder.resolve("rapporteur.mv.db"), garbage);
        StoreException e = assertThrows(StoreException.class, () -> Store.open(folder));
        assertEquals(StoreException.Reason.UNREADABLE, e.reason(), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        assertTrue(java.util.Arrays.equals(garbage, Files.readAllBytes(file)), "the damaged file is kept for diagnosis");
    }

    @Test
    void syncForcesTheFileToDiskWithoutClosingIt() {
        try (Store store = Store.open(folder)) {
            long id = store.meetings().insert(SampleMeeting.load());
            store.sync();
            assertEquals("Meeting of Government Experts in Preparation for MISPA III", store.meetings().load(id).title());
        }
    }

    @Test
    void theSchemaVersionStoreChecksAtOpeningIsTheLastMigrationScript() throws Exception {
        int last;
        try (var scripts = Files.list(Path.of("src/main/resources/db/migration"))) {
            last = scripts.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
        assertEquals(String.valueOf(last), Store.SCHEMA_VERSION,
                "a store at the last version skips Flyway; a new script must raise Store.SCHEMA_VERSION with it");
    }

    @Test
    void theSharedSchemaVersionIsTheLastScriptOfBothFolders() throws Exception {
        String last;
        try (var portable = Files.list(Path.of("src/main/resources/db/migration"));
             var server = Files.list(Path.of("src/main/resources/db/postgresql"))) {
            last = java.util.stream.Stream.concat(portable, server).map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V[\\d_]+__.*\\.sql")).map(n -> n.substring(1, n.indexOf("__")).replace('_', '.'))
                    .max(java.util.Comparator.comparing(org.flywaydb.core.api.MigrationVersion::fromVersion)).orElseThrow();
        }
        assertEquals(last, SharedPool.SCHEMA_VERSION,
                "a shared store at the last version skips Flyway; a new script must raise SharedPool.SCHEMA_VERSION with it");
    }

    @Test
    void aStoreWhoseSchemaIsBehindIsMigratedWhenOpened() throws Exception {
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve(Store.FILE_NAME);
        org.flywaydb.core.Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("2")
                .load().migrate();
        try (Store store = Store.open(folder)) {
            long id = store.meetings().insert(SampleMeeting.load());
            assertEquals("Meeting of Government Experts in Preparation for MISPA III", store.meetings().load(id).title());
            var applied = DSL.using(storeDataSource(store), org.jooq.SQLDialect.H2)
                    .fetch("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")
                    .getValues(0, String.class);
            assertEquals(java.util.stream.IntStream.rangeClosed(1, Integer.parseInt(Store.SCHEMA_VERSION))
                    .mapToObj(String::valueOf).toList(), applied, "the missing scripts ran at opening");
        }
    }

    private static MeetingFacts facts(String title) {
        return new MeetingFacts(title, null, null, null, null, null, null, null, Language.EN, null);
    }

    /** Every table of the meeting record that has rows, with its count. */
    private static Map<String, Integer> nonEmptyTables(Store store) {
        var dsl = DSL.using(storeDataSource(store), org.jooq.SQLDialect.H2);
        var counts = new java.util.TreeMap<String, Integer>();
        for (var table : MeetingRepository.tables()) {
            int n = dsl.fetchCount(table);
            if (n > 0) {
                counts.put(table.getName(), n);
            }
        }
        return counts;
    }

    private static javax.sql.DataSource storeDataSource(Store store) {
        return store.dataSource();
    }
}
