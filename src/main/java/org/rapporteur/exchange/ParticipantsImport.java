package org.rapporteur.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.TextLimits;
import org.rapporteur.text.Sentence;

/**
 * Reads the list of participants a secretariat hands the rapporteur (.xlsx or .csv) into a preview: the
 * persons it could read, each with the delegation it was matched to, and the rows it could not, with why.
 * Nothing is written anywhere; the person confirms the preview, and only a whole preview is applied.
 *
 * <p>Columns are found by their heading in English, Spanish, French or Portuguese. Besides one name column,
 * a list may split the name into given names and surnames ("Nombre" and "Apellidos", "Prénom" and "Nom"), as
 * registration systems export it; the parts are joined given names first.
 */
public final class ParticipantsImport {
    static final List<String> NAME = List.of("Name", "Nombre", "Nom", "Nome", "Full name", "Participant",
            "Nombre completo", "Nom complet", "Nome completo", "Participante");
    static final List<String> GIVEN_NAMES = List.of("First name", "Given name", "Given names", "Prénom",
            "Prénoms", "Nombres", "Primer nombre", "Primeiro nome");
    static final List<String> SURNAMES = List.of("Last name", "Surname", "Family name", "Apellido", "Apellidos",
            "Nom de famille", "Sobrenome", "Apelido", "Apelidos");
    static final List<String> HONORIFIC = List.of("Honorific", "Title of courtesy", "Courtesy title", "Salutation",
            "Tratamiento", "Civilité", "Tratamento");
    static final List<String> TITLE = List.of("Title", "Position", "Function", "Job title", "Cargo", "Puesto",
            "Fonction", "Função");
    static final List<String> DELEGATION = List.of("Delegation", "Country", "Member State", "Delegación", "País",
            "Délégation", "Pays", "Delegação");

    /** The columns the name is joined from, in order: one, or given names then surnames. */
    private final List<Integer> nameColumns;
    private final int honorificColumn;
    private final int titleColumn;
    private final int delegationColumn;
    private final DelegationMatcher delegations;
    private final List<ParticipantRow> rows = new ArrayList<>();
    private final List<RowProblem> problems = new ArrayList<>();
    /** The row each person was first read in, by name and delegation, to report a second one. */
    private final Map<String, Integer> firstLines = new HashMap<>();

    private ParticipantsImport(HeaderMatcher header, List<Delegation> meetingDelegations) {
        int given = header.column(GIVEN_NAMES);
        int surname = header.column(SURNAMES);
        // "Full name", "First name", "Last name" all present: the two parts say it; "Prénom" and "Nom": Nom is the
        // surname; "Nombre" and "Apellidos": Nombre is the given name.
        this.nameColumns = Stream.of(given, given >= 0 && surname >= 0 ? -1 : header.column(NAME), surname)
                .filter(c -> c >= 0)
                .toList();
        this.honorificColumn = header.column(HONORIFIC);
        this.titleColumn = header.column(TITLE);
        this.delegationColumn = header.column(DELEGATION);
        this.delegations = new DelegationMatcher(meetingDelegations);
    }

    /**
     * Reads a participants list.
     *
     * @param meetingDelegations the meeting's delegations, matched before the roster's member states
     * @throws ImportException when the file is not a list Rapporteur can read, or has no column of names
     */
    public static ParticipantsPreview read(Path file, List<Delegation> meetingDelegations) throws ImportException {
        List<SheetRow> sheet = SheetReader.read(file);
        String fileName = String.valueOf(file.getFileName());
        if (sheet.stream().allMatch(SheetRow::isBlank)) {
            throw new ImportException("import.empty", fileName);
        }
        List<String> anyName = Stream.of(NAME, GIVEN_NAMES, SURNAMES).flatMap(List::stream).toList();
        HeaderMatcher header = HeaderMatcher.find(sheet, anyName);
        if (header == null) {
            throw new ImportException("import.noNameColumn", fileName, String.valueOf(HeaderMatcher.ROWS_SEARCHED));
        }
        ParticipantsImport participants = new ParticipantsImport(header, meetingDelegations);
        sheet.stream()
                .filter(r -> r.line() > header.line() && !r.isBlank())
                .forEach(participants::add);
        return new ParticipantsPreview(participants.rows, participants.problems);
    }

    private void add(SheetRow row) {
        String name = ImportText.clean(nameColumns.stream()
                .map(c -> ImportText.clean(row.cell(c)))
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" ")));
        String honorific = cell(row, honorificColumn);
        if (name != null && honorificColumn < 0) {
            Honorifics.Split split = Honorifics.split(name);
            honorific = split.honorific();
            name = split.name();
        }
        String title = cell(row, titleColumn);
        String delegation = cell(row, delegationColumn);
        List<Sentence> wrong = new ArrayList<>();
        if (name == null) {
            wrong.add(Sentence.of("import.noName"));
        }
        RowChecks.fits(wrong, name, TextLimits.NAME, "import.column.name");
        RowChecks.fits(wrong, honorific, TextLimits.CODE, "import.column.honorific");
        RowChecks.fits(wrong, title, TextLimits.TITLE, "import.column.title");
        RowChecks.fits(wrong, delegation, TextLimits.NAME, "import.column.delegation");
        if (!wrong.isEmpty()) {
            wrong.forEach(why -> problems.add(new RowProblem(row.line(), why)));
            return;
        }
        DelegationMatcher.Match match = delegation == null ? new DelegationMatcher.Match(null, false)
                : delegations.match(delegation);
        String delegationKey = match.delegation() != null ? match.delegation().name() : delegation;
        String key = ImportText.caseless(name) + "\n" + ImportText.caseless(delegationKey);
        Integer first = firstLines.putIfAbsent(key, row.line());
        if (first != null) {
            problems.add(new RowProblem(row.line(), Sentence.of("import.duplicateParticipant", String.valueOf(first))));
            return;
        }
        rows.add(new ParticipantRow(row.line(), name, honorific, title, delegation, match.delegation(),
                match.isNew()));
    }

    private static String cell(SheetRow row, int column) {
        return column < 0 ? null : ImportText.clean(row.cell(column));
    }
}
