package io.parley.chat.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Everything a run measured, kept for the report and written at once as JSON lines ({@code results.jsonl}). */
final class Results implements AutoCloseable {
    private final ObjectMapper json = new ObjectMapper();
    private final Writer lines;
    private final List<StepResult> steps = new ArrayList<>();
    private final List<IdleResult> idles = new ArrayList<>();
    private final List<StormResult> storms = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Results(Path jsonLines) {
        try {
            this.lines = Files.newBufferedWriter(jsonLines, StandardCharsets.UTF_8);
        } catch (IOException cannotWrite) {
            throw new UncheckedIOException(cannotWrite);
        }
    }

    void add(StepResult step) {
        steps.add(step);
        write("step", step);
    }

    void add(IdleResult idle) {
        idles.add(idle);
        write("idle", idle);
    }

    void add(StormResult storm) {
        storms.add(storm);
        write("storm", storm);
    }

    /** A remark for the report (setup times, skipped parts, problems seen). */
    void note(String note) {
        notes.add(note);
        System.out.println("  note: " + note);
        ObjectNode line = json.createObjectNode().put("kind", "note").put("text", note);
        writeLine(line);
    }

    List<StepResult> steps() {
        return List.copyOf(steps);
    }

    List<IdleResult> idles() {
        return List.copyOf(idles);
    }

    List<StormResult> storms() {
        return List.copyOf(storms);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    private void write(String kind, Object record) {
        ObjectNode line = json.createObjectNode().put("kind", kind);
        line.setAll((ObjectNode) json.valueToTree(record));
        writeLine(line);
    }

    private void writeLine(ObjectNode line) {
        try {
            lines.write(json.writeValueAsString(line));
            lines.write('\n');
            lines.flush();
        } catch (IOException cannotWrite) {
            throw new UncheckedIOException(cannotWrite);
        }
    }

    @Override
    public void close() {
        try {
            lines.close();
        } catch (IOException cannotClose) {
            throw new UncheckedIOException(cannotClose);
        }
    }
}
