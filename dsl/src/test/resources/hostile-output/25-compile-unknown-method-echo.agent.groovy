// channel: error — a call to a quoted unknown method name with escapes; the static type checker echoes it in check
agent('Unknown Method Echo') {
    describe 'Type-check errors echo the method name.'
    solve { task ->
        'abc'.'\u001b[2J\u001b]0;stc title\u0007\nok    fine.agent.groovy  (Fine)'()
    }
}
