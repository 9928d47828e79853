package dev.metaforge.ui;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import dev.metaforge.archive.Archive;
import dev.metaforge.archive.DesignRecord;
import java.util.List;
import java.util.Optional;

/** Two designs' sources side by side, changed lines marked. */
final class DiffPage {
    private final Archive archive;

    DiffPage(Archive archive) {
        this.archive = archive;
    }

    Response render(Request request) {
        long a = request.number("a", -1);
        long b = request.number("b", -1);
        Optional<DesignRecord> left = archive.designs().find(a);
        Optional<DesignRecord> right = archive.designs().find(b);
        if (left.isEmpty() || right.isEmpty()) {
            return Response.notFound("give two designs that exist: /diff?a=ID&b=ID");
        }
        // the generator's own markup is off: every line is escaped here, changes are marked by the row's tag
        DiffRowGenerator generator = DiffRowGenerator.create().showInlineDiffs(false).ignoreWhiteSpaces(false)
                .lineNormalizer(s -> s).build();
        List<DiffRow> rows = generator.generateDiffRows(left.get().source().lines().toList(),
                right.get().source().lines().toList());
        Html html = new Html().raw("<div class=\"diff\"><div>").raw("<h2>").link("/designs/" + a, "#" + a + " "
                + left.get().name()).raw("</h2><pre>");
        for (DiffRow row : rows) {
            line(html, row.getOldLine(), row.getTag(), "del");
        }
        html.raw("</pre></div><div><h2>").link("/designs/" + b, "#" + b + " " + right.get().name()).raw("</h2><pre>");
        for (DiffRow row : rows) {
            line(html, row.getNewLine(), row.getTag(), "add");
        }
        html.raw("</pre></div></div>");
        return Response.page(Page.of("Diff of #" + a + " and #" + b, html, 0));
    }

    private static void line(Html html, String text, DiffRow.Tag tag, String changed) {
        boolean marked = tag != DiffRow.Tag.EQUAL;
        html.raw(marked ? "<span class=\"" + changed + "\">" : "").text(text).raw(marked ? "</span>" : "").raw("\n");
    }
}
