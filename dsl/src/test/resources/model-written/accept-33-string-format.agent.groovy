agent('Money Formatter') {
    describe 'CoT, then format monetary answers to two decimals.'
    solve { task ->
        def r = ask(task.question, fields: [thinking: 'Think step by step.', answer: 'The final answer only, as a number.'])
        def a = r.answer.replace('$', '').replace(',', '').trim()
        if (task.question.contains('$') && a.isNumber()) {
            double v = a.toDouble()
            return String.format('%.2f', v)
        }
        a
    }
}
