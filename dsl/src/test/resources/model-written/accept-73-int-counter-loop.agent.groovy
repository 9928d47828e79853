agent('Counted Loop Vote') {
    describe 'Classic for loop with index and list of answers.'
    solve { task ->
        def answers = new ArrayList<String>()
        for (int i = 0; i < 5; i++) {
            def r = ask(task.question, temperature: 0.2 * i, fields: [answer: 'Number only.'])
            answers.add(r.answer.trim())
        }
        def best = null
        def bestN = -1
        for (a in answers.unique(false)) {
            def n = answers.count(a)
            if (n > bestN) { best = a; bestN = n }
        }
        best
    }
}
