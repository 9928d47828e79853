// channel: team — an edge to an unknown role with escapes; the error echoes it and lists every role name
agent('Team Role Echo') {
    describe 'Unknown team roles are echoed with the list of roles.'
    solve { task ->
        def out = team {
            node('\u001b]0;team title\u0007a') { inputs -> 1 }
            edge('\u001b]0;team title\u0007a', '\u001b[2J\nforged: 1 task(s), 0 failed')
        }
        out.size()
    }
}
