package dev.metaforge.ui;

/** A rendered page. */
record Response(int status, String type, String body) {
    static Response page(String body) {
        return new Response(200, "text/html; charset=utf-8", body);
    }

    static Response notFound(String what) {
        return new Response(404, "text/html; charset=utf-8", Page.of("Not found", new Html().tag("p", what), 0));
    }

    static Response download(String fileName, String text) {
        return new Response(200, "text/plain; charset=utf-8", text);
    }
}
