agent('Calc Expression Vote') {
    describe 'Three expressions evaluated with calc; results voted as strings.'
    solve { task ->
        def results = parallel(3) { i ->
            def e = ask("Expression for: ${task.question}", temperature: 0.5, fields: [expr: 'Arithmetic expression only.']).expr
            try {
                calc(e) as String
            } catch (Exception ex) {
                'error'
            }
        }
        def valid = results.findAll { it != 'error' }
        valid ? majority(valid) : ask(task.question).answer
    }
}
