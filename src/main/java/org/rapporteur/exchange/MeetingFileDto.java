package org.rapporteur.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The shape of a {@code *.rapporteur.json} file, one record per JSON object (see docs/meeting-format.md).
 *
 * <p>Kept apart from the model on purpose: the file format is a promise to users and other tools, versioned
 * on its own, while the model is free to change. Ids inside the file are strings that only need to be unique
 * within their kind; references use them. Enum values are the model's names in lower case.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record MeetingFileDto(String format, Integer version, MeetingDto meeting, List<DelegationDto> delegations,
                      List<PersonDto> persons, List<DocumentDto> documents, List<PartDto> parts) {

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record MeetingDto(String title, String organization, String series, String reportSymbol, String reportTitle,
                      VenueDto venue, String startDate, String endDate, String originalLanguage, String mandate,
                      String rapporteur, String participantsList) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record VenueDto(String city, String country) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record DelegationDto(String id, String name, String proseName, String kind, Boolean present,
                         List<String> aliases, NamesDto names) {
    }

    /** A delegation's own names by report language (version 4); a language left out takes the roster's. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record NamesDto(LocalNameDto en, LocalNameDto es, LocalNameDto fr, LocalNameDto pt) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record LocalNameDto(String name, String proseName) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record PersonDto(String id, String name, String honorific, String title, String delegation, String gender) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record DocumentDto(String id, String symbol, String title, String kind) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record PartDto(String id, String kind, Integer sessionNumber, Integer day, String date, String chair,
                   String chairCapacity, String introduction, List<ItemDto> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ItemDto(String id, String title, String document, String introduction, List<EntryDto> entries,
                   List<FloorRequestDto> speakers, List<ElectionDto> elections, List<AdoptionDto> adoptions,
                   List<ProposalDto> proposals, Integer speakingLimit, Boolean speakersListClosed) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record EntryDto(String id, String kind, String person, String delegation, String speakerTitle, String subject,
                    List<String> documents, String summary, String startedAt, String endedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record FloorRequestDto(String id, String kind, String status, String person, String delegation, String entry,
                           String requestedAt, String startedAt, String endedAt, Integer pausedSeconds,
                           String pausedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ElectionDto(String id, String office, String officeLabel, String nominee, String nominatedBy,
                       List<String> secondedBy, String outcome, VotesDto votes, String proseOverride) {
    }

    record VotesDto(Integer inFavour, Integer against, Integer abstentions) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record AdoptionDto(String id, String document, String outcome, List<AmendmentDto> amendments, String proseOverride) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record AmendmentDto(String delegation, String request) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ProposalDto(String id, String proposer, String presenter, String title, String summary,
                       List<PositionDto> positions, String outcome, String outcomeText, String proseOverride) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record PositionDto(String id, String delegation, String stance, String note, List<String> secondedBy,
                       String proseOverride) {
    }
}
