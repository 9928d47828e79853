package dev.metaforge.ui;

/** The frame around every page: title, navigation, the stylesheet from the jar, and nothing that runs. */
final class Page {
    private Page() {
    }

    static String of(String title, Html body, int refreshSeconds) {
        Html page = new Html().raw("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        if (refreshSeconds > 0) {
            // a running search: the page reloads itself, no script needed
            page.raw("<meta http-equiv=\"refresh\" content=\"" + refreshSeconds + "\">");
        }
        page.raw("<title>").text(title).raw(" — Metaforge</title>")
                .raw("<link rel=\"icon\" href=\"data:,\"><link rel=\"stylesheet\" href=\"/static/style.css\"></head><body>")
                .raw("<nav><a href=\"/\">Runs</a> <a href=\"/designs\">Designs</a> <a href=\"/leaderboard\">Leaderboard</a>")
                .raw("<form action=\"/designs\" method=\"get\"><input name=\"q\" placeholder=\"search names and descriptions\">")
                .raw("</form></nav><main>").raw("<h1>").text(title).raw("</h1>").raw(body.toString())
                .raw("</main></body></html>");
        return page.toString();
    }
}
