package org.jointcommissioning.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jointcommissioning.bench.Load.Result;

/** The figures beside their goals, as a Markdown table (printed and written) and a chart of the throughput ratios. */
final class Report {

    /** One line of the table: a throughput figure also carries its ratio to the ceiling and the goal's ratio. */
    record Row(String figure, String measured, String ratio, String goal, String met, Double value, Double goalValue) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, String> notes = new LinkedHashMap<>();
    private final Map<String, Double> loading = new LinkedHashMap<>();
    private final List<String> ladders = new ArrayList<>();
    private final List<String> profile = new ArrayList<>();
    private double ceiling;

    void note(String key, String text) {
        notes.put(key, text);
    }

    void loading(String what, double seconds) {
        loading.put(what, seconds);
    }

    void ceiling(double rate, Result best, Map<String, Result> run, double top) {
        ceiling = rate;
        ladder("ceiling", run.values().stream().toList());
        rows.add(new Row("ceiling: bare Vert.x JSON hello (the bench's own server)",
                perSecond(rate) + (best == null ? " (no step sustained)" : " (p99 " + best.p99() + " ms)")
                        + (best != null && best.rate() >= top ? "; the highest step offered: the load tool's limit" : ""),
                "1.00×", "", "", 1.0, null));
    }

    void reads(Map<String, Result> results, double ceilingRate, String etag, int p99Limit, Result searchSmall,
               long smallRows, long largeRows, int deepPage) {
        throughput("public opportunity list, 20 items, anonymous, direct", results, "list-direct", 0.10, p99Limit);
        throughput("keyword search (q=dementia), 20 items, anonymous, direct", results, "search-direct", 0.10, p99Limit);
        if (etag == null) {
            rows.add(new Row("repeated anonymous read of the list (If-None-Match → 304)",
                    "n/a: the list answers no ETag, so there is nothing to revalidate", "", "≥ 0.30×", "no", null, 0.30));
        } else {
            throughput("repeated anonymous read of the list (If-None-Match → 304)", results, "list-304", 0.30, p99Limit);
        }
        throughput("fund statement (finance manager), direct", results, "statement", 0.08, p99Limit);
        throughput("bid list (bidder), direct", results, "bid-list", 0.08, p99Limit);
        throughput("scorecard (performance officer), direct", results, "scorecard", 0.08, p99Limit);

        Result direct = Load.best(results, "list-direct-fine", p99Limit);
        Result gateway = Load.best(results, "list-gateway-fine", p99Limit);
        ladder("list-direct-fine", Load.steps(results, "list-direct-fine"));
        ladder("list-gateway-fine", Load.steps(results, "list-gateway-fine"));
        if (direct != null && gateway != null) {
            // p99 compared at the highest rate both sustained.
            double common = Math.min(direct.rate(), gateway.rate());
            Result d = at(results, "list-direct-fine", common);
            Result g = at(results, "list-gateway-fine", common);
            double ratio = gateway.rate() / direct.rate();
            int extra = g.p99() - d.p99();
            rows.add(new Row("gateway / direct, public list", String.format("%.2f× throughput (%s vs %s); p99 %+d ms at %s (%d vs %d ms)",
                    ratio, perSecond(gateway.rate()), perSecond(direct.rate()), extra, perSecond(common), g.p99(), d.p99()),
                    "", "≥ 0.90×, p99 ≤ +2 ms", ratio >= 0.9 && extra <= 2 ? "yes" : "no", null, null));
        } else {
            rows.add(new Row("gateway / direct, public list", "n/a: no step sustained on one side", "",
                    "≥ 0.90×, p99 ≤ +2 ms", "no", null, null));
        }
        compare(String.format("keyword search p99 at %,d vs at %,d opportunities", largeRows, smallRows),
                results.get("search-large"), searchSmall);
        compare(String.format("list page %,d vs page 1 (100 per page, %,d rows), p99", deepPage, largeRows),
                results.get("list-page-" + deepPage), results.get("list-page-1"));
        compare(String.format("OCDS feed page %,d vs page 1 (cursor, 100 per page), p99", deepPage),
                results.get("ocds-page-" + deepPage), results.get("ocds-page-1"));
    }

    /**
     * The gateway alone in front of the ceiling: its best rate as a share of the ceiling's, and what it adds to p99 at
     * the highest rate both sustained.
     */
    void gatewayAlone(Map<String, Result> run, Map<String, Result> ceilingRun, int p99Limit) {
        ladder("gateway-alone", Load.steps(run, "gateway-alone"));
        Result best = Load.best(run, "gateway-alone", p99Limit);
        Result bare = Load.best(ceilingRun, "ceiling", p99Limit);
        if (best == null || bare == null) {
            rows.add(new Row("gateway alone, in front of the ceiling server", "n/a: no step sustained", "", "", "",
                    null, null));
            return;
        }
        double common = Math.min(best.rate(), bare.rate());
        Result g = at(run, "gateway-alone", common);
        Result c = at(ceilingRun, "ceiling", common);
        rows.add(new Row("gateway alone, in front of the ceiling server (its own cost)", String.format(
                "%s (p99 %d ms); p99 %+d ms over the bare server at %s", perSecond(best.rate()), best.p99(),
                g.p99() - c.p99(), perSecond(common)), ratio(best.rate() / ceiling), "", "", best.rate() / ceiling,
                null));
    }

    /** One profile's summary, under a title that says what load it was taken under. */
    void profile(String title, List<String> lines) {
        if (!profile.isEmpty()) {
            profile.add("");
        }
        profile.add(title + ":");
        profile.addAll(lines);
    }

    void bids(Map<String, Result> results, int p99Limit, String[] relay, int top) {
        ladder("bids", results.values().stream().toList());
        Result best = Load.best(results, "bids", p99Limit);
        String relayText = String.format("; relay: %s events, %s pending after 3 s, lag p50 %s ms, p99 %s ms",
                relay[0], relay[1], relay[2], relay[3]);
        rows.add(new Row("bid submissions (write + outbox + relay), distinct bidders",
                (best == null ? "no step sustained" : perSecond(best.rate()) + " sustained (p99 " + best.p99() + " ms)")
                        + relayText,
                best == null ? "" : ratio(best.rate() / ceiling), "≥ 1,500/s",
                best != null && best.rate() >= 1500 ? "yes" : "no", best == null ? 0 : best.rate() / ceiling,
                1500 / ceiling));
    }

    void awards(Result run, String[] latency) {
        ladder("awards", List.of(run));
        String p99 = latency[4];
        rows.add(new Row("award → funds reserved and standstill begun (commissioning → budgets → commissioning, Kafka),"
                + " 20 awards/s", String.format("p99 %s ms, p50 %s ms, max %s ms; %s of %s in standstill, %s still pending;"
                        + " %d answered 202 (%d failed)",
                        p99, latency[3], latency[5], latency[1], latency[0], latency[2], run.ok(), run.failed()),
                "", "p99 < 150 ms", !p99.isEmpty() && Integer.parseInt(p99) < 150 && latency[2].equals("0") ? "yes" : "no",
                null, null));
    }

    void services(Map<String, Double> rss, Map<String, Long> readyMs) {
        for (Map.Entry<String, Long> service : readyMs.entrySet()) {
            double mb = rss.get(service.getKey());
            rows.add(new Row(service.getKey() + ": ready after start; resident memory after the load",
                    String.format("%.2f s; %.0f MB", service.getValue() / 1000.0, mb), "", "< 3 s, < 250 MB",
                    service.getValue() < 3000 && mb < 250 ? "yes" : "no", null, null));
        }
        rows.add(new Row("gateway: resident memory after the load", String.format("%.0f MB", rss.get("gateway")), "",
                "", "", null, null));
    }

    private void throughput(String figure, Map<String, Result> results, String prefix, double goal, int p99Limit) {
        ladder(prefix, Load.steps(results, prefix));
        Result best = Load.best(results, prefix, p99Limit);
        if (best == null) {
            Result first = Load.steps(results, prefix).get(0);
            rows.add(new Row(figure, "below " + perSecond(first.rate()) + " (the lowest step was not sustained: p99 "
                    + first.p99() + " ms, " + first.failed() + " failed)", "< " + ratio(first.rate() / ceiling),
                    "≥ " + ratio(goal), "no", 0.0, goal));
            return;
        }
        double r = best.rate() / ceiling;
        List<Result> steps = Load.steps(results, prefix);
        boolean top = steps.get(steps.size() - 1) == best;
        rows.add(new Row(figure, perSecond(best.rate()) + " (p99 " + best.p99() + " ms)" + (top ? ", the highest step offered" : ""),
                ratio(r), "≥ " + ratio(goal), r >= goal ? "yes" : "no", r, goal));
    }

    private void compare(String figure, Result deep, Result base) {
        if (deep == null || base == null || deep.p99() == null || base.p99() == null) {
            rows.add(new Row(figure, "n/a: no answers", "", "≤ 1.2", "no", null, null));
            return;
        }
        if (!deep.sustained(Integer.MAX_VALUE) || !base.sustained(Integer.MAX_VALUE)) {
            // Requests that time out cap both p99s at the timeout: their ratio would say nothing.
            rows.add(new Row(figure, String.format("not comparable: at %s requests failed or timed out (%d and %d of %d)",
                    perSecond(deep.rate()), deep.failed(), base.failed(), deep.ok() + deep.failed()), "", "≤ 1.2", "no",
                    null, null));
            return;
        }
        double r = deep.p99() / (double) Math.max(1, base.p99());
        rows.add(new Row(figure, String.format("%.2f (%d vs %d ms at %s%s)", r, deep.p99(), base.p99(),
                perSecond(deep.rate()), deep.failed() + base.failed() > 0 ? ", " + (deep.failed() + base.failed()) + " failed" : ""),
                "", "≤ 1.2", r <= 1.2 ? "yes" : "no", null, null));
    }

    private static Result at(Map<String, Result> results, String prefix, double rate) {
        return Load.steps(results, prefix).stream().filter(r -> r.rate() == rate).findFirst().orElseThrow();
    }

    private void ladder(String prefix, List<Result> steps) {
        StringBuilder line = new StringBuilder(String.format("%-14s", prefix));
        for (Result r : steps) {
            line.append(String.format(" | %s: %.0f/s p99 %s ms%s", r.name().contains("@")
                            ? r.name().substring(r.name().indexOf('@') + 1) : r.name(), r.okPerSecond(),
                    r.p99() == null ? "-" : r.p99(), r.failed() > 0 ? " " + r.failed() + " failed" : ""));
        }
        ladders.add(line.toString());
    }

    static String perSecond(double rate) {
        return String.format("%,.0f/s", rate);
    }

    static String ratio(double r) {
        return String.format("%.2f×", r);
    }

    String table() {
        StringBuilder table = new StringBuilder("| figure | measured | × ceiling | goal | met |\n|---|---|---|---|---|\n");
        for (Row row : rows) {
            table.append("| ").append(String.join(" | ", row.figure(), row.measured(), row.ratio(), row.goal(), row.met()))
                    .append(" |\n");
        }
        return table.toString();
    }

    String method() {
        return """
                Method: open model (Gatling, constant arrival rate: new requests arrive on schedule whether or not \
                earlier ones were answered), keep-alive connections shared by all virtual users. Throughput figures \
                step the offered rate up (each step %s); a step is sustained when under 1%% of its requests fail, at \
                least 95%% of the offered rate is answered and its p99 stays within the limit; the figure is the \
                highest step sustained with every step below it sustained. Ratios are to the ceiling measured the same \
                way in the same run (a bare Vert.x server answering {"message":"hello"}), so they include what the \
                load tool itself costs on this machine. Comparisons (sizes, deep pages) offer the same moderate rate \
                to both sides and compare p99. Award latency is read from commissioning's own timestamps \
                (award.created_at, when the 202 is answered, to standstill_started_at, when budgets has reserved the money \
                and the decision notices are out; the contract itself becomes active only when the standstill, a legal \
                minimum of days, has passed). Start-up: the service is stopped and \
                started again by infra/platform from its jar; process start (from /proc) to the first 200 of \
                /q/health/ready (polled every 20 ms). Memory: VmRSS after all the load, before the restarts.""";
    }

    void print(PrintStream out) {
        out.println("\n" + table());
        out.println("Steps (offered rate: answered per second, p99):");
        ladders.forEach(l -> out.println("  " + l));
        out.println();
        profile.forEach(out::println);
        out.println();
        out.println(method().formatted(notes.getOrDefault("mode", "")));
    }

    void write(Path markdown, Path svg) throws IOException {
        StringBuilder md = new StringBuilder("# Platform benchmark, " + Instant.now() + "\n\n");
        notes.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("\n").append(table()).append("\n![throughput as a share of the ceiling](")
                .append(svg.getFileName()).append(")\n\n## Data loading\n\n| what | seconds |\n|---|---|\n");
        loading.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(String.format("%.1f", v)).append(" |\n"));
        md.append(String.format("| total | %.1f |%n", loading.values().stream().mapToDouble(Double::doubleValue).sum()));
        md.append("\n## Steps\n\n```\n");
        ladders.forEach(l -> md.append(l).append('\n'));
        md.append("```\n\n## Profile\n\n```\n");
        profile.forEach(l -> md.append(l).append('\n'));
        md.append("```\n\n## Method\n\n").append(method().formatted(notes.getOrDefault("mode", ""))).append('\n');
        Files.writeString(markdown, md);
        Files.writeString(svg, chart());
    }

    void printLoading(PrintStream out) {
        loading.forEach((k, v) -> out.printf("  %-90s %7.1f s%n", k, v));
    }

    /** Horizontal bars: each throughput figure as a share of the ceiling (log scale), a tick at its goal. */
    private String chart() {
        List<Row> bars = rows.stream().filter(r -> r.value() != null && r.goalValue() != null).toList();
        int width = 900;
        int left = 380;
        int barHeight = 22;
        int height = 60 + bars.size() * (barHeight + 10);
        double min = 0.001;
        double max = 2.0;
        StringBuilder svg = new StringBuilder(String.format(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n"
                        + "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n"
                        + "<text x=\"10\" y=\"20\" font-size=\"14\">Sustained throughput as a share of the ceiling (log scale); black tick: the goal</text>%n",
                width, height));
        for (double tick : new double[]{0.001, 0.01, 0.1, 1.0}) {
            double x = left + scale(tick, min, max, width - left - 20);
            svg.append(String.format("<line x1=\"%.1f\" y1=\"30\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" fill=\"#888\">%s×</text>%n", x, x, height - 15, x - 10, height - 3, tick));
        }
        int y = 40;
        for (Row bar : bars) {
            double value = Math.max(min, bar.value());
            double w = scale(value, min, max, width - left - 20);
            double goal = left + scale(bar.goalValue(), min, max, width - left - 20);
            String colour = bar.value() >= bar.goalValue() ? "#4a9d5b" : "#d0603f";
            String label = bar.figure().length() > 58 ? bar.figure().substring(0, 57) + "…" : bar.figure();
            svg.append(String.format("<text x=\"10\" y=\"%d\">%s</text>%n", y + 15, escape(label)));
            svg.append(String.format("<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n", left, y, w,
                    barHeight, colour));
            svg.append(String.format("<text x=\"%.1f\" y=\"%d\">%.3f×</text>%n", left + w + 4, y + 15, bar.value()));
            svg.append(String.format("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"black\" stroke-width=\"2\"/>%n",
                    goal, y - 3, goal, y + barHeight + 3));
            y += barHeight + 10;
        }
        return svg.append("</svg>\n").toString();
    }

    private static double scale(double value, double min, double max, double width) {
        return (Math.log10(value) - Math.log10(min)) / (Math.log10(max) - Math.log10(min)) * width;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
