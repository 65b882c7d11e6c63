package org.rapporteur.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.AdoptionOutcome;
import org.rapporteur.model.DelegationKind;
import org.rapporteur.model.DocumentKind;
import org.rapporteur.model.ElectionOutcome;
import org.rapporteur.model.EntryKind;
import org.rapporteur.model.FloorRequestKind;
import org.rapporteur.model.FloorRequestStatus;
import org.rapporteur.model.Gender;
import org.rapporteur.model.Language;
import org.rapporteur.model.Office;
import org.rapporteur.model.PartKind;
import org.rapporteur.model.ProposalOutcome;
import org.rapporteur.model.Stance;

/** The shipped JSON Schema describes the meeting file format: it accepts the shipped sample and refuses what the reader refuses. */
class MeetingSchemaTest {

    private static final String SCHEMA = "/format/meeting.schema.json";
    private static final String SAMPLE = "/sample/mispa-iii-experts.rapporteur.json";

    private final ObjectMapper json = new ObjectMapper();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private JsonSchema schema;

    @BeforeEach
    void loadSchema() throws IOException {
        try (InputStream in = resource(SCHEMA)) {
            schema = factory.getSchema(in);
        }
    }

    @Test
    void shippedSampleFollowsTheSchema() {
        Set<ValidationMessage> messages = schema.validate(sample());

        assertTrue(messages.isEmpty(), () -> "The shipped sample does not follow the schema:\n" + describe(messages));
    }

    @Test
    void unknownPropertyOnAnEntryIsRejected() {
        ObjectNode file = sample();
        firstEntry(file).put("mood", "cheerful");

        Set<ValidationMessage> messages = schema.validate(file);

        assertRejectedFor("additionalProperties", "mood", messages);
    }

    @Test
    void misspelledEntryKindIsRejected() {
        ObjectNode file = sample();
        firstEntry(file).put("kind", "spech");

        Set<ValidationMessage> messages = schema.validate(file);

        assertRejectedFor("enum", "kind", messages);
    }

    @Test
    void fileWithoutVersionIsRejected() {
        ObjectNode file = sample();
        file.remove("version");

        Set<ValidationMessage> messages = schema.validate(file);

        assertRejectedFor("required", "version", messages);
    }

    @Test
    void unknownVersionIsRejected() {
        ObjectNode file = sample();
        file.put("version", MeetingFileWriter.VERSION + 1);

        Set<ValidationMessage> messages = schema.validate(file);

        assertRejectedFor("enum", "version", messages);
    }

    @Test
    void schemaIsAValidDraft202012Schema() throws IOException {
        JsonSchema metaSchema = factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        JsonNode schemaNode;
        try (InputStream in = resource(SCHEMA)) {
            schemaNode = json.readTree(in);
        }

        Set<ValidationMessage> messages = metaSchema.validate(schemaNode);

        assertTrue(messages.isEmpty(), () -> "The schema is not a valid draft 2020-12 schema:\n" + describe(messages));
    }

    /** Every record component of the file's DTOs is a property of its schema object, and nothing else is. */
    @Test
    void schemaDescribesEveryPropertyOfEveryFileRecord() throws IOException {
        JsonNode schemaNode;
        try (InputStream in = resource(SCHEMA)) {
            schemaNode = json.readTree(in);
        }
        Map<Class<?>, JsonNode> objects = new LinkedHashMap<>();
        objects.put(MeetingFileDto.class, schemaNode);
        objects.put(MeetingFileDto.MeetingDto.class, def(schemaNode, "meeting"));
        objects.put(MeetingFileDto.VenueDto.class, def(schemaNode, "venue"));
        objects.put(MeetingFileDto.DelegationDto.class, def(schemaNode, "delegation"));
        objects.put(MeetingFileDto.NamesDto.class, def(schemaNode, "delegation").path("properties").path("names"));
        objects.put(MeetingFileDto.LocalNameDto.class, def(schemaNode, "localName"));
        objects.put(MeetingFileDto.PersonDto.class, def(schemaNode, "person"));
        objects.put(MeetingFileDto.DocumentDto.class, def(schemaNode, "document"));
        objects.put(MeetingFileDto.PartDto.class, def(schemaNode, "part"));
        objects.put(MeetingFileDto.ItemDto.class, def(schemaNode, "item"));
        objects.put(MeetingFileDto.EntryDto.class, def(schemaNode, "entry"));
        objects.put(MeetingFileDto.FloorRequestDto.class, def(schemaNode, "floorRequest"));
        objects.put(MeetingFileDto.ElectionDto.class, def(schemaNode, "election"));
        objects.put(MeetingFileDto.VotesDto.class, def(schemaNode, "votes"));
        objects.put(MeetingFileDto.AdoptionDto.class, def(schemaNode, "adoption"));
        objects.put(MeetingFileDto.AmendmentDto.class, def(schemaNode, "amendment"));
        objects.put(MeetingFileDto.ProposalDto.class, def(schemaNode, "proposal"));
        objects.put(MeetingFileDto.PositionDto.class, def(schemaNode, "position"));

        Set<Class<?>> nested = Arrays.stream(MeetingFileDto.class.getDeclaredClasses())
                .filter(Class::isRecord)
                .collect(Collectors.toSet());
        nested.add(MeetingFileDto.class);
        assertEquals(nested, objects.keySet(), "every record of MeetingFileDto has its object in the schema");

        objects.forEach((type, object) -> {
            Set<String> components = Arrays.stream(type.getRecordComponents())
                    .map(c -> c.getName())
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> properties = new TreeSet<>();
            object.path("properties").fieldNames().forEachRemaining(properties::add);
            assertEquals(components, properties, type.getSimpleName() + ": schema properties");
            assertFalse(object.path("additionalProperties").asBoolean(true),
                    type.getSimpleName() + ": additionalProperties must be false");
            object.path("properties").properties().forEach(p -> assertFalse(
                    p.getValue().path("description").asText().isBlank(),
                    type.getSimpleName() + "." + p.getKey() + " has no description"));
        });
    }

    /** The schema's enums list exactly the model's constants, in lower case. */
    @Test
    void schemaEnumsAreTheModelsConstantsInLowerCase() throws IOException {
        JsonNode schemaNode;
        try (InputStream in = resource(SCHEMA)) {
            schemaNode = json.readTree(in);
        }
        Map<String, Class<? extends Enum<?>>> enums = new LinkedHashMap<>();
        enums.put("language", Language.class);
        enums.put("gender", Gender.class);
        enums.put("delegationKind", DelegationKind.class);
        enums.put("documentKind", DocumentKind.class);
        enums.put("partKind", PartKind.class);
        enums.put("entryKind", EntryKind.class);
        enums.put("floorRequestKind", FloorRequestKind.class);
        enums.put("floorRequestStatus", FloorRequestStatus.class);
        enums.put("office", Office.class);
        enums.put("electionOutcome", ElectionOutcome.class);
        enums.put("adoptionOutcome", AdoptionOutcome.class);
        enums.put("proposalOutcome", ProposalOutcome.class);
        enums.put("stance", Stance.class);

        enums.forEach((name, type) -> {
            var expected = Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT))
                    .toList();
            var actual = new java.util.ArrayList<String>();
            def(schemaNode, name).path("enum").forEach(v -> actual.add(v.asText()));
            assertEquals(expected, actual, "$defs/" + name + " lists " + type.getSimpleName());
        });
    }

    private ObjectNode sample() {
        try (InputStream in = resource(SAMPLE)) {
            JsonNode node = json.readTree(in);
            assertTrue(node instanceof ObjectNode, SAMPLE + " is not a JSON object");
            return (ObjectNode) node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode firstEntry(ObjectNode file) {
        for (JsonNode part : file.path("parts")) {
            for (JsonNode item : part.path("items")) {
                for (JsonNode entry : item.path("entries")) {
                    return (ObjectNode) entry;
                }
            }
        }
        return fail("The shipped sample has no entry to spoil");
    }

    private static JsonNode def(JsonNode schemaNode, String name) {
        JsonNode def = schemaNode.path("$defs").path(name);
        assertFalse(def.isMissingNode(), "schema has no $defs/" + name);
        return def;
    }

    private InputStream resource(String name) {
        InputStream in = getClass().getResourceAsStream(name);
        assertNotNull(in, "missing classpath resource " + name);
        return in;
    }

    private static void assertRejectedFor(String keyword, String property, Set<ValidationMessage> messages) {
        assertFalse(messages.isEmpty(), "the file was accepted");
        assertTrue(messages.stream().anyMatch(m -> keyword.equals(m.getType()) && m.getMessage().contains(property)),
                () -> "expected a \"" + keyword + "\" message about " + property + ", got:\n" + describe(messages));
    }

    private static String describe(Set<ValidationMessage> messages) {
        return messages.stream()
                .map(m -> "  " + m.getType() + " at " + m.getInstanceLocation() + ": " + m.getMessage())
                .collect(Collectors.joining("\n"));
    }
}
