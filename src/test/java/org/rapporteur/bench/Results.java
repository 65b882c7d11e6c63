package org.rapporteur.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Every figure of one run, with the machine it ran on: printed as a table, written as results.json. */
final class Results {
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Object> machine = new LinkedHashMap<>();

    synchronized void add(Figure figure) {
        figures.add(figure);
    }

    synchronized void addAll(List<Figure> more) {
        figures.addAll(more);
    }

    /** Something the reader must know about the whole run (a comparison that could not be made, say). */
    synchronized void note(String text) {
        notes.add(text);
    }

    void machine(String key, Object value) {
        machine.put(key, value);
    }

    /** The machine's facts, as they were put. */
    Map<String, Object> machine() {
        return Map.copyOf(machine);
    }

    synchronized List<Figure> figures() {
        return List.copyOf(figures);
    }

    Figure find(String id) {
        return figures().stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
    }

    /** The console table: one line per figure, grouped as the issue groups them. */
    synchronized String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-62s %10s %19s %10s %5s  %-22s %s%n", "", "median", "spread (min-max)", "p99",
                "n", "target", ""));
        // Grouped as first met, whatever order the runs added them in.
        Map<String, List<Figure>> groups = new LinkedHashMap<>();
        figures.forEach(f -> groups.computeIfAbsent(f.group(), g -> new ArrayList<>()).add(f));
        for (var group : groups.entrySet()) {
            out.append(group.getKey()).append('\n');
            tableRows(group.getValue(), out);
        }
        for (String note : notes) {
            out.append("Note: ").append(note).append('\n');
        }
        return out.toString();
    }

    private static void tableRows(List<Figure> rows, StringBuilder out) {
        for (Figure f : rows) {
            Stats s = f.stats();
            String target = f.limit() == null ? "" : f.on() + " <= " + number(f.limit()) + " " + f.unit();
            Boolean meets = f.meets();
            String verdict = meets == null ? "" : meets ? "met" : "MISSED";
            out.append(String.format(Locale.ROOT, "  %-60s %10s %19s %10s %5d  %-22s %s%n", cut(f.label(), 60),
                    number(s.median()) + " " + f.unit(), number(s.min()) + "-" + number(s.max()), number(s.p99()), s.n(),
                    target, verdict));
            if (f.note() != null) {
                out.append("      ").append(f.note()).append('\n');
            }
        }
    }

    synchronized void writeJson(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.set("machine", json.valueToTree(machine));
        ArrayNode list = root.putArray("figures");
        for (Figure f : figures) {
            ObjectNode row = list.addObject();
            row.put("group", f.group());
            row.put("id", f.id());
            row.put("label", f.label());
            row.put("unit", f.unit());
            row.put("n", f.stats().n());
            put(row, "median", f.stats().median());
            put(row, "p99", f.stats().p99());
            put(row, "min", f.stats().min());
            put(row, "max", f.stats().max());
            if (f.limit() != null) {
                ObjectNode target = row.putObject("target");
                target.put("statistic", f.on());
                target.put("atMost", f.limit());
                Boolean meets = f.meets();
                if (meets != null) {
                    target.put("met", meets);
                }
            }
            if (f.note() != null) {
                row.put("note", f.note());
            }
        }
        ArrayNode allNotes = root.putArray("notes");
        notes.forEach(allNotes::add);
        Files.createDirectories(file.toAbsolutePath().getParent());
        json.writeValue(file.toFile(), root);
    }

    private static void put(ObjectNode row, String key, double value) {
        if (Double.isNaN(value)) {
            row.putNull(key);
        } else {
            row.put(key, Math.round(value * 1000) / 1000.0);
        }
    }

    /** Three significant figures or whole units, whichever is longer: 0.0123, 1.23, 123, 12345. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        double abs = Math.abs(value);
        if (abs >= 100 || abs == 0) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (abs >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (abs >= 1) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.3g", value);
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "\u2026";
    }
}
