// channel: team — an unknown edge role of 20,000 chars against 200 roles of 20,000 chars: "did you mean" runs edit distance (quadratic, engine code)
agent('Team Did You Mean') {
    describe 'Edit distance on huge role names.'
    solve { task ->
        def out = team {
            for (int i = 0; i < 200; i++) {
                node(String.valueOf(i).padLeft(20_000, 'q')) { inputs -> 1 }
            }
            edge('z' * 20_000, String.valueOf(0).padLeft(20_000, 'q'))
        }
        out.size()
    }
}
