agent('Generate and Verify') {
    describe 'Generate candidates until a verifier accepts one, up to four tries.'
    solve { task ->
        def fields = [thinking: 'Think step by step.', answer: 'The final answer only, as a number.']
        def tried = []
        for (i in 0..<4) {
            def cand = ask(tried ? "${task.question}\n(Not any of: ${tried.join(', ')})" : task.question,
                temperature: 0.5 + 0.1 * i, fields: fields)
            def check = ask("Question: ${task.question}\nCandidate answer: ${cand.answer}\nVerify by working backwards.",
                role: 'verifier', fields: [valid: 'yes or no', why: 'One sentence.'])
            if (check.valid.trim().toLowerCase().startsWith('y')) {
                return cand.answer
            }
            tried << cand.answer
        }
        tried ? tried.last() : 'unknown'
    }
}
