// channel: error — a parallel branch fails with an escape-laden message that the engine propagates
agent('Error Branch') {
    describe 'A failing branch carries the escapes.'
    solve { task ->
        def results = parallel(3) { i ->
            if (i == 1) {
                throw new IllegalStateException('\u001b]0;branch title\u0007\u001b[2J\nforged: score 100%')
            }
            i
        }
        results.size()
    }
}
