package org.wirewatch.ingest.inbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where handled inbox files go: {@code done/} once their stories are safe in Kafka, {@code
 * rejected/} when they cannot be read, each reason in a {@code <name>.reason} text file beside the
 * moved file. A name already taken there gets a counter ({@code story-2.json}), so no earlier file
 * is overwritten.
 */
final class InboxFolders {

    static final String DONE = "done";
    static final String REJECTED = "rejected";
    private static final String REASON_SUFFIX = ".reason";

    private final Path done;
    private final Path rejected;

    private InboxFolders(Path done, Path rejected) {
        this.done = done;
        this.rejected = rejected;
    }

    /** Creates the inbox and its two folders if they are missing. */
    static InboxFolders create(Path inbox) throws IOException {
        Path done = Files.createDirectories(inbox.resolve(DONE));
        Path rejected = Files.createDirectories(inbox.resolve(REJECTED));
        return new InboxFolders(done, rejected);
    }

    /** @param partReasons reasons for the lines or items left out, one a line; empty when none */
    Path moveToDone(Path file, String partReasons) throws IOException {
        Path target = freeName(done, file.getFileName().toString());
        if (!partReasons.isEmpty()) {
            writeReason(target, partReasons);
        }
        return move(file, target);
    }

    Path moveToRejected(Path file, String reason) throws IOException {
        Path target = freeName(rejected, file.getFileName().toString());
        // The reason first: a crash in between leaves the file in the inbox to be handled again.
        writeReason(target, reason);
        return move(file, target);
    }

    private static Path move(Path file, Path target) throws IOException {
        try {
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            return Files.move(file, target);
        }
    }

    private static void writeReason(Path target, String reason) throws IOException {
        Files.writeString(reasonOf(target), reason.endsWith("\n") ? reason : reason + "\n", StandardCharsets.UTF_8);
    }

    private static Path freeName(Path folder, String name) {
        Path target = folder.resolve(name);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int copy = 2; Files.exists(target) || Files.exists(reasonOf(target)); copy++) {
            target = folder.resolve(stem + "-" + copy + extension);
        }
        return target;
    }

    private static Path reasonOf(Path target) {
        return target.resolveSibling(target.getFileName() + REASON_SUFFIX);
    }
}
