package dev.metaforge.ui;

import dev.metaforge.archive.Archive;
import dev.metaforge.archive.DesignRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A design's lineage drawn as SVG: its ancestors in rows above, its descendants in rows below,
 * each node a link to its page. Names are escaped into SVG text like any other text.
 */
final class LineagePage {
    private static final int MAX_ROWS = 12;
    private static final int MAX_PER_ROW = 16;
    private static final int BOX_W = 150;
    private static final int ROW_H = 56;
    private final Archive archive;

    LineagePage(Archive archive) {
        this.archive = archive;
    }

    Response render(long id) {
        Optional<DesignRecord> found = archive.designs().find(id);
        if (found.isEmpty()) {
            return Response.notFound("there is no design #" + id);
        }
        List<List<Long>> above = generations(id, true);
        List<List<Long>> below = generations(id, false);
        List<List<Long>> rows = new ArrayList<>();
        for (int i = above.size() - 1; i >= 0; i--) {
            rows.add(above.get(i));
        }
        rows.add(List.of(id));
        rows.addAll(below);
        Map<Long, int[]> at = new LinkedHashMap<>();
        int width = BOX_W + 20;
        for (int r = 0; r < rows.size(); r++) {
            List<Long> row = rows.get(r);
            width = Math.max(width, row.size() * (BOX_W + 20));
            for (int i = 0; i < row.size(); i++) {
                at.putIfAbsent(row.get(i), new int[] {10 + i * (BOX_W + 20), 10 + r * ROW_H});
            }
        }
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\">", width, rows.size() * ROW_H + 20));
        for (Map.Entry<Long, int[]> e : at.entrySet()) {
            for (long parent : archive.designs().parents(e.getKey())) {
                int[] p = at.get(parent);
                if (p != null) {
                    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>",
                            p[0] + BOX_W / 2, p[1] + 30, e.getValue()[0] + BOX_W / 2, e.getValue()[1]));
                }
            }
        }
        for (Map.Entry<Long, int[]> e : at.entrySet()) {
            String name = archive.designs().find(e.getKey()).map(DesignRecord::name).orElse("?");
            String label = "#" + e.getKey() + " " + (name.length() > 18 ? name.substring(0, 18) + "…" : name);
            int[] p = e.getValue();
            svg.append("<a href=\"/designs/").append(e.getKey()).append("\">")
                    .append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"30\" rx=\"4\" "
                            + "fill=\"%s\" stroke=\"#1d2330\"/>", p[0], p[1], BOX_W, e.getKey() == id ? "#ffe9a8" : "#fff"))
                    .append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\">", p[0] + 6, p[1] + 19))
                    .append(Html.escape(label)).append("</text></a>");
        }
        svg.append("</svg>");
        Html html = new Html().tag("p", "Ancestors above, descendants below; each box links to its design.").raw(svg.toString());
        return Response.page(Page.of("Lineage of #" + id + ": " + found.get().name(), html, 0));
    }

    /** Generations of parents (or children), nearest first, each bounded. */
    private List<List<Long>> generations(long id, boolean parents) {
        List<List<Long>> out = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>(List.of(id));
        List<Long> current = List.of(id);
        while (out.size() < MAX_ROWS) {
            List<Long> next = new ArrayList<>();
            for (long d : current) {
                for (long r : parents ? archive.designs().parents(d) : archive.designs().children(d)) {
                    if (seen.add(r) && next.size() < MAX_PER_ROW) {
                        next.add(r);
                    }
                }
            }
            if (next.isEmpty()) {
                break;
            }
            out.add(next);
            current = next;
        }
        return out;
    }
}
