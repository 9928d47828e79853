agent('Matcher Index Extract') {
    describe 'Ask for an explanation and read the number with matcher indexing.'
    solve { task ->
        def r = ask(task.question, fields: [explanation: 'Full working.', answer: 'Final answer as a number.'])
        def matcher = (r.answer =~ /(-?\d+(\.\d+)?)/)
        if (matcher) {
            return matcher[0][1]
        }
        r.answer
    }
}
