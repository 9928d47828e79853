package dev.metaforge.ui;

/**
 * HTML written with every piece of data escaped. Markup is appended with {@link #raw} only for
 * literal tags written in this module; anything that came from the archive (names, code, answers,
 * traces, critiques: text made by models and hostile scripts) goes through {@link #text} or
 * {@link #attr}, which escape it and show control characters as visible escapes.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(4096);

    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html text(Object value) {
        out.append(escape(String.valueOf(value)));
        return this;
    }

    /** An element with escaped text content: {@code tag("td", name)}. */
    Html tag(String tag, Object content) {
        return raw("<" + tag + ">").text(content).raw("</" + tag.split(" ")[0] + ">");
    }

    /** A link to a page of this server; the path is built here, the label escaped. */
    Html link(String path, Object label) {
        return raw("<a href=\"").raw(escape(path)).raw("\">").text(label).raw("</a>");
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (dev.metaforge.dsl.TerminalText.escaped(c, true)) {
                        b.append(dev.metaforge.dsl.TerminalText.escape(c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
