agent('Least-to-Most Decomposition') {
    describe 'Break the problem into sub-questions, answer them in order, then combine.'
    solve { task ->
        def plan = ask("Break this problem into at most 4 simpler sub-questions, one per line:\n${task.question}",
            fields: [subquestions: 'Sub-questions, one per line.'])
        def subs = plan.subquestions.readLines().collect { it.trim() }.findAll { it }
        def context = new StringBuilder()
        subs.take(4).eachWithIndex { sq, idx ->
            def ans = ask("Problem: ${task.question}\nKnown so far:\n${context}\nAnswer this sub-question: ${sq}",
                fields: [answer: 'Short answer.'])
            context.append("Q${idx + 1}: ${sq}\nA${idx + 1}: ${ans.answer}\n")
        }
        ask("Problem: ${task.question}\nSub-answers:\n${context}\nGive the final answer.",
            fields: [thinking: 'Combine the sub-answers.', answer: 'The final answer only, as a number.']).answer
    }
}
