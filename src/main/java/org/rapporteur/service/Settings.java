package org.rapporteur.service;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The rapporteur's choices that are not part of any meeting (the window's language), kept in
 * {@value #FILE} beside the store they work with. A few lines of text, read once at start-up and written
 * whole, through a temporary file and one move, so a crash never leaves half a file. Never call it on the FX
 * thread: it reads and writes a file.
 */
public final class Settings {
    public static final String FILE = "settings.properties";
    public static final String LANGUAGE = "language";
    private static final Logger LOG = Logger.getLogger(Settings.class.getName());

    private final Path file;

    private Settings(Path folder) {
        this.file = folder.resolve(FILE);
    }

    /** The settings of the store in {@code folder}; nothing is read until asked. */
    public static Settings of(Path folder) {
        return new Settings(folder);
    }

    /**
     * The value saved for {@code key}; empty when there is none — and when the file cannot be read, since no
     * setting is worth refusing to start for (the reason goes to the log).
     */
    public Optional<String> get(String key) {
        return Optional.ofNullable(read().getProperty(key)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** Saves {@code value} for {@code key}, keeping the other settings; a {@link ServiceException} says why it could not. */
    public void put(String key, String value) {
        Properties all = read();
        all.setProperty(key, value);
        SafeFile.write(file, out -> {
            Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            all.store(text, "Rapporteur's settings for the store in this folder");
            text.flush();
        });
    }

    private Properties read() {
        Properties all = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            all.load(in);
        } catch (NoSuchFileException e) {
            return all;
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "The settings in " + file + " could not be read; the defaults apply", e);
            return new Properties();
        }
        return all;
    }
}
