// channel: team — a cycle through 2000 roles of 1000 characters: the error lists every role (2 MB message)
agent('Team Cycle Huge') {
    describe 'A cycle error that names every role.'
    solve { task ->
        def out = team {
            for (int i = 0; i < 2000; i++) {
                node(String.valueOf(i).padLeft(1000, 'r')) { inputs -> 1 }
            }
            for (int i = 0; i < 2000; i++) {
                edge(String.valueOf(i).padLeft(1000, 'r'), String.valueOf((i + 1) % 2000).padLeft(1000, 'r'))
            }
        }
        out.size()
    }
}
