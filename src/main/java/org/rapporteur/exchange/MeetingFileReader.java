package org.rapporteur.exchange;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rapporteur.model.Meeting;
import org.rapporteur.text.Sentence;

/**
 * Reads a {@code *.rapporteur.json} file into a meeting, or refuses it whole with a sentence naming what is
 * wrong and where.
 *
 * <p>Strict on purpose: an unknown property is refused rather than silently dropped, because a file that
 * has one was written by a newer version of the format, and dropping its data would lose words.
 */
public final class MeetingFileReader {

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // A null inside a list ("entries": [null]) is refused with its place, like any other bad value.
            .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
            .build();

    /** Reads a whole meeting; the ids in the result are this file's, numbered 1, 2, 3… per kind. */
    public Meeting read(InputStream in) throws MeetingFileException {
        JsonNode tree;
        try {
            tree = mapper.readTree(in);
        } catch (JsonParseException e) {
            var where = e.getLocation();
            throw new MeetingFileException(Sentence.of("file.notJson", String.valueOf(where.getLineNr()),
                    String.valueOf(where.getColumnNr()), e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new MeetingFileException(Sentence.of("file.unreadable", String.valueOf(e.getMessage())), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new MeetingFileException("file.notAMeetingFile");
        }
        int version = checkFormatAndVersion(tree);
        MeetingFileDto dto;
        try {
            dto = mapper.treeToValue(tree, MeetingFileDto.class);
        } catch (UnrecognizedPropertyException e) {
            throw new MeetingFileException(Sentence.of("file.unknownProperty", path(e, 1), e.getPropertyName(),
                    String.valueOf(version)), e);
        } catch (InvalidNullException e) {
            throw new MeetingFileException(Sentence.of("file.nullInList", path(e, 0)), e);
        } catch (MismatchedInputException e) {
            throw new MeetingFileException(Sentence.of("file.wrongType", path(e, 0),
                    Sentence.of("file.type." + JsonTypes.nameOf(e.getTargetType()))), e);
        } catch (JsonMappingException e) {
            throw new MeetingFileException(Sentence.of("file.badValue", path(e, 0), e.getOriginalMessage()), e);
        } catch (JsonProcessingException e) {
            throw new MeetingFileException(Sentence.of("file.unreadable", e.getOriginalMessage()), e);
        }
        return new FileToModel().meeting(dto);
    }

    /** The file's version, once it is one this reader knows. */
    private static int checkFormatAndVersion(JsonNode tree) throws MeetingFileException {
        JsonNode format = tree.get("format");
        if (format == null) {
            throw new MeetingFileException("file.formatMissing", MeetingFileWriter.FORMAT);
        }
        if (!MeetingFileWriter.FORMAT.equals(format.asText())) {
            throw new MeetingFileException("file.wrongFormat", MeetingFileWriter.FORMAT, format.asText());
        }
        JsonNode version = tree.get("version");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt()) {
            throw new MeetingFileException("file.noVersion");
        }
        int found = version.asInt();
        if (found < 1 || found > MeetingFileWriter.VERSION) {
            throw new MeetingFileException("file.unknownVersion", String.valueOf(found),
                    String.valueOf(MeetingFileWriter.VERSION));
        }
        refuseNewerProperties(tree, "", found);
        return found;
    }

    /**
     * The properties each version added, and nothing else changed: an older file is a newer one without them, so
     * it is read by the same mapping once it is known to hold none of the later ones.
     */
    private static final Map<String, Integer> ADDED_IN = Map.of(
            "proseOverride", 2,
            "speakingLimit", 3, "speakersListClosed", 3, "pausedSeconds", 3, "pausedAt", 3,
            "names", 4, "gender", 4);

    private static void refuseNewerProperties(JsonNode node, String at, int version) throws MeetingFileException {
        if (node.isObject()) {
            for (var field : node.properties()) {
                String here = at.isEmpty() ? field.getKey() : at + "." + field.getKey();
                if (ADDED_IN.getOrDefault(field.getKey(), 1) > version) {
                    throw new MeetingFileException(Sentence.of("file.unknownProperty", at.isEmpty() ? "(top level)" : at,
                            field.getKey(), String.valueOf(version)), null);
                }
                refuseNewerProperties(field.getValue(), here, version);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                refuseNewerProperties(node.get(i), at + "[" + i + "]", version);
            }
        }
    }

    /** "parts[2].items[0].entries[3]" from Jackson's reference chain. */
    private static String path(JsonMappingException e, int dropLast) {
        List<JsonMappingException.Reference> refs = e.getPath();
        String p = refs.subList(0, Math.max(0, refs.size() - dropLast)).stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        return p.startsWith(".") ? p.substring(1) : (p.isEmpty() ? "(top level)" : p);
    }
}
