agent('Integer Rounding CoT') {
    describe 'CoT, then round the answer to an integer when it is close to one.'
    solve { task ->
        def r = ask(task.question, fields: [thinking: 'Think step by step.', answer: 'The final answer only, as a number.'])
        def ans = r.answer.trim().replaceAll(',', '')
        if (ans.isNumber()) {
            def d = ans as double
            if (Math.abs(d - Math.round(d)) < 1e-9) {
                return Math.round(d) as int
            }
            return d
        }
        ans
    }
}
