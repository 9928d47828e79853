package dev.metaforge.ui;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Groovy source as escaped HTML with keywords, strings and comments marked; tokens are escaped one by one. */
final class GroovyHighlight {
    private static final Pattern TOKEN = Pattern.compile(
            "(//[^\\n]*|/\\*.*?\\*/)|('''.*?'''|\"\"\".*?\"\"\"|'(?:\\\\.|[^'\\\\\\n])*'|\"(?:\\\\.|[^\"\\\\\\n])*\")"
                    + "|([A-Za-z_]\\w*)", Pattern.DOTALL);
    private static final Set<String> KEYWORDS = Set.of("def", "if", "else", "for", "while", "return", "in", "new",
            "try", "catch", "finally", "switch", "case", "default", "break", "continue", "true", "false", "null",
            "agent", "solve", "describe", "ask", "parallel", "majority", "team", "node", "edge", "calc", "log");

    private GroovyHighlight() {
    }

    static String of(String source) {
        StringBuilder out = new StringBuilder(source.length() * 2);
        Matcher m = TOKEN.matcher(source);
        int last = 0;
        while (m.find()) {
            out.append(Html.escape(source.substring(last, m.start())));
            String token = Html.escape(m.group());
            if (m.group(1) != null) {
                out.append("<span class=\"com\">").append(token).append("</span>");
            } else if (m.group(2) != null) {
                out.append("<span class=\"str\">").append(token).append("</span>");
            } else if (KEYWORDS.contains(m.group(3))) {
                out.append("<span class=\"kw\">").append(token).append("</span>");
            } else {
                out.append(token);
            }
            last = m.end();
        }
        out.append(Html.escape(source.substring(last)));
        return out.toString();
    }
}
