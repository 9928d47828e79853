// asks the host for: standard output (System.out.println)
agent('Vote with Console Output') {
    describe 'Self-consistency that writes the tally to the console.'
    solve { task ->
        def answers = parallel(5) { i -> ask(task.question, temperature: 0.8, fields: [answer: 'Number only.']).answer }
        def counts = answers.countBy { it }
        System.out.println("tally: " + counts)
        majority(answers)
    }
}
