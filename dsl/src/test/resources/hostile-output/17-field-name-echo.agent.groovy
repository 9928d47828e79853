// channel: field — a field name that is an escape sequence; the "plain identifier" refusal echoes it
agent('Field Name Echo') {
    describe 'Bad field names are echoed.'
    solve { task ->
        ask(task.question, fields: ['\u001b[2J\u001b]0;field title\u0007\nforged']).answer
    }
}
