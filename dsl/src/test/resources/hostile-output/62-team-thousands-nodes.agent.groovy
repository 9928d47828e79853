// channel: team — 20,000 roles in a chain declared in reverse order: layering is quadratic engine code with no checkpoint
agent('Team Many Nodes') {
    describe 'A team graph built to make layering slow.'
    solve { task ->
        int n = 20_000
        def out = team {
            for (int i = n - 1; i >= 0; i--) {
                node('n' + i) { inputs -> 1 }
            }
            for (int i = 0; i < n - 1; i++) {
                edge('n' + i, 'n' + (i + 1))
            }
        }
        out.size()
    }
}
