// channel: error — a script method whose quoted name holds "$" plus escapes; the compile refusal echoes the name
agent('Method Name Echo') {
    describe 'Quoted method names reach diagnostics.'
    solve { task ->
        helper()
    }
}
def helper() { 1 }
def 'evil$\u001b[2J\u001b]0;method title\u0007\nok    x.agent.groovy  (fine)'() { 2 }
