package org.rapporteur.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.rapporteur.text.Sentence;

/**
 * Writes a file so that the one already there survives any failure: the content goes to a temporary file
 * beside the target, which then replaces the target in one move. A full disk, a folder this account may not
 * write to, a target open in another program (Windows refuses to replace a file Word holds open) each fail
 * with a sentence saying so, and leave the old file as it was.
 */
final class SafeFile {
    /** Below this much free space, a failed write is taken for a full disk whatever the system called it. */
    private static final long NEARLY_FULL = 64 * 1024;

    /** What goes into the file. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private SafeFile() {
    }

    /** The target's absolute path once written; a {@link ServiceException} with the reason otherwise. */
    static Path write(Path file, Content content) {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new ServiceException(Sentence.of("write.isFolder", target.toString()), null);
        }
        Path folder = target.getParent();
        String unique = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        Path temporary = folder.resolve("." + target.getFileName() + "." + unique + ".part");
        try {
            Files.createDirectories(folder);
            // CREATE_NEW with the process's usual permissions: the file keeps them once moved into place.
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new ServiceException(writeFailure(e, target, folder), e);
        }
        try {
            move(temporary, target);
            return target;
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new ServiceException(moveFailure(e, target), e);
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Writing the temporary file failed: the folder refused it, the disk is full, or something else. */
    static Sentence writeFailure(IOException e, Path target, Path folder) {
        if (e instanceof AccessDeniedException) {
            return Sentence.of("write.folderReadOnly", folder.toString());
        }
        if (diskFull(e, folder)) {
            return Sentence.of("write.diskFull", target.toString());
        }
        return Sentence.of("write.failed", target.toString(), reason(e));
    }

    /** Replacing the target failed although its folder took the temporary file: the target itself is held or protected. */
    static Sentence moveFailure(IOException e, Path target) {
        if (e instanceof DirectoryNotEmptyException || Files.isDirectory(target)) {
            return Sentence.of("write.isFolder", target.toString());
        }
        if (e instanceof FileSystemException) {
            return Sentence.of("write.inUse", target.toString());
        }
        return Sentence.of("write.failed", target.toString(), reason(e));
    }

    private static boolean diskFull(IOException e, Path folder) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        // The systems' own words for it: "No space left on device", "There is not enough space on the disk", quotas.
        if (message.contains("space") || message.contains("quota")) {
            return true;
        }
        try {
            return Files.getFileStore(folder).getUsableSpace() < NEARLY_FULL;
        } catch (IOException ignored) {
            return false;
        }
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // A file named as temporary is harmless; the failure being reported matters more.
        }
    }
}
