// channel: team — parallel(256) nested three deep (16 million branches) each spinning in a loop
agent('Parallel Bomb') {
    describe 'Nested parallel fan-out.'
    solve { task ->
        def r = parallel(256) { a ->
            parallel(256) { b ->
                parallel(256) { c ->
                    long s = 0
                    for (int k = 0; k < 1_000_000; k++) { s += k }
                    s
                }.size()
            }.size()
        }
        r.size()
    }
}
