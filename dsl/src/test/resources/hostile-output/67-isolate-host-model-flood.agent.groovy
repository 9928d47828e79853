// channel: prompt — 100 parallel asks of one 40,000,000-character prompt: the sim model runs them all at once in the HOST (also with --isolate process)
agent('Host Model Flood') {
    describe 'Concurrent huge prompts for the host-side model.'
    solve { task ->
        String p = task.question + ' ' + ('Mia has 1 apples. ' * 2_222_222)
        def r = parallel(100) { i -> ask(p).answer }
        r.size()
    }
}
