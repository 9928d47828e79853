agent('Role List Ensemble') {
    describe 'Roles from a map of personas; majority over their answers.'
    solve { task ->
        Map<String, String> personas = [
            teacher   : 'Explain like a grade school teacher.',
            engineer  : 'Be precise like an engineer.',
            accountant: 'Track every unit like an accountant.'
        ]
        def names = personas.keySet() as List
        def answers = parallel(names) { n ->
            ask("${personas[n]}\n${task.question}", role: n, fields: [thinking: 'Think.', answer: 'Number only.']).answer
        }
        majority(answers)
    }
}
