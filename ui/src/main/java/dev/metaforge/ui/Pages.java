package dev.metaforge.ui;

import dev.metaforge.archive.Archive;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The server's pages by path; every list is paginated, every id that is not there is a 404 page. */
final class Pages {
    private static final Pattern RUN = Pattern.compile("/runs/(\\d{1,18})");
    private static final Pattern DESIGN = Pattern.compile("/designs/(\\d{1,18})");
    private static final Pattern SOURCE = Pattern.compile("/designs/(\\d{1,18})/source");
    private static final Pattern LINEAGE = Pattern.compile("/lineage/(\\d{1,18})");
    private final Archive archive;

    Pages(Archive archive) {
        this.archive = archive;
    }

    Response render(Request request) {
        String path = request.path();
        if (path.equals("/") || path.equals("/runs")) {
            return new RunsPage(archive).render(request);
        }
        if (path.equals("/compare")) {
            return new ComparePage(archive).render(request);
        }
        if (path.equals("/diff")) {
            return new DiffPage(archive).render(request);
        }
        if (path.equals("/leaderboard")) {
            return new LeaderboardPage(archive).render(request);
        }
        if (path.equals("/designs")) {
            return new DesignsPage(archive).render(request);
        }
        Matcher m;
        if ((m = RUN.matcher(path)).matches()) {
            return new RunPage(archive).render(Long.parseLong(m.group(1)));
        }
        if ((m = DESIGN.matcher(path)).matches()) {
            return new DesignPage(archive).render(Long.parseLong(m.group(1)));
        }
        if ((m = LINEAGE.matcher(path)).matches()) {
            return new LineagePage(archive).render(Long.parseLong(m.group(1)));
        }
        if ((m = SOURCE.matcher(path)).matches()) {
            long id = Long.parseLong(m.group(1));
            return archive.designs().find(id).map(d -> Response.download("design-" + id + ".agent.groovy", d.source()))
                    .orElseGet(() -> Response.notFound("there is no design #" + id));
        }
        return Response.notFound("there is no page " + path);
    }

    /** Links to the previous and next page of a list of {@code size} rows a page. */
    static void pager(Html html, String base, long page, boolean more) {
        html.raw("<p class=\"pages\">");
        if (page > 1) {
            html.link(base + (base.contains("?") ? "&" : "?") + "page=" + (page - 1), "← previous");
        }
        html.text("page " + page + " ");
        if (more) {
            html.link(base + (base.contains("?") ? "&" : "?") + "page=" + (page + 1), "next →");
        }
        html.raw("</p>");
    }

    static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", 100 * share);
    }
}
