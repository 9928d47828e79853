agent('Two-Agent Debate') {
    describe 'Two debaters exchange answers for two rounds, a judge decides.'
    solve { task ->
        def f = [argument: 'Your reasoning.', answer: 'Your numeric answer.']
        def a = ask(task.question, role: 'Debater A', temperature: 0.7, fields: f)
        def b = ask(task.question, role: 'Debater B', temperature: 0.7, fields: f)
        (1..2).each { round ->
            def newA = ask("${task.question}\nOpponent says ${b.answer} because: ${b.argument}\nRebut or agree.", role: 'Debater A', fields: f)
            def newB = ask("${task.question}\nOpponent says ${a.answer} because: ${a.argument}\nRebut or agree.", role: 'Debater B', fields: f)
            a = newA
            b = newB
        }
        if (a.answer.trim() == b.answer.trim()) return a.answer
        ask("""Question: ${task.question}
Debater A: ${a.answer} (${a.argument})
Debater B: ${b.answer} (${b.argument})
Which is correct?""", role: 'Judge', temperature: 0.0, fields: [answer: 'The correct final number.']).answer
    }
}
