package org.rapporteur.bench;

/**
 * One measured figure: what it is, its unit, its statistics over the repeated runs, and the target it is held
 * against ({@code limit}, with the statistic the target speaks of), if there is one. A benchmark reports; it does
 * not fail when a target is missed.
 *
 * @param group what the issue calls it ("Start-up", "Typing under load", …)
 * @param id    a stable name for results.json ("startup.jar.ready")
 * @param on    which statistic the target applies to: "median", "p99" or "max"; null without a target
 * @param limit the largest value that meets the target; null without a target
 * @param note  anything a reader must know to read the figure right; may be null
 */
record Figure(String group, String id, String label, String unit, Stats stats, String on, Double limit, String note) {

    static Figure of(String group, String id, String label, String unit, Stats stats) {
        return new Figure(group, id, label, unit, stats, null, null, null);
    }

    Figure target(String statistic, double atMost) {
        return new Figure(group, id, label, unit, stats, statistic, atMost, note);
    }

    Figure note(String text) {
        return new Figure(group, id, label, unit, stats, on, limit, text);
    }

    /** The value the target is about. */
    double targeted() {
        return switch (on == null ? "median" : on) {
            case "p99" -> stats.p99();
            case "max" -> stats.max();
            default -> stats.median();
        };
    }

    /** True or false against the target; null when there is none or nothing was measured. */
    Boolean meets() {
        if (limit == null || stats.isEmpty() || Double.isNaN(targeted())) {
            return null;
        }
        return targeted() <= limit;
    }
}
