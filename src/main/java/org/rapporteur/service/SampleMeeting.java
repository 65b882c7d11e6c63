package org.rapporteur.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.rapporteur.exchange.MeetingFileException;
import org.rapporteur.exchange.MeetingFileReader;
import org.rapporteur.model.Meeting;

/**
 * The sample meeting shipped inside the application: the 2010 meeting of government experts in
 * preparation for MISPA III, entered from its rapporteur's report. It is a meeting file like any other.
 */
public final class SampleMeeting {
    public static final String RESOURCE = "/sample/mispa-iii-experts.rapporteur.json";

    private SampleMeeting() {
    }

    public static Meeting load() {
        try (InputStream in = SampleMeeting.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The sample meeting is missing from the application (" + RESOURCE + ")");
            }
            return new MeetingFileReader().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MeetingFileException e) {
            throw new IllegalStateException("The shipped sample meeting does not read: " + e.getMessage(), e);
        }
    }
}
