agent('Cumulative Reasoner') {
    describe 'Cumulative reasoning: propose, verify and accumulate propositions, then report.'
    solve { task ->
        List<String> facts = []
        3.times { i ->
            def p = ask("Problem: ${task.question}\nKnown facts:\n${facts.join('\n') ?: '(none)'}\nPropose one new useful fact.",
                temperature: 0.7, fields: [fact: 'One new fact.'])
            def v = ask("Problem: ${task.question}\nProposed fact: ${p.fact}\nIs it correct and useful?", role: 'verifier',
                fields: [keep: 'yes or no'])
            if (v.keep.trim().toLowerCase() == 'yes') facts.add(p.fact)
        }
        ask("Problem: ${task.question}\nVerified facts:\n${facts.join('\n')}", fields: [thinking: 'Think.', answer: 'Number only.']).answer
    }
}
