agent('Boolean Verifier Vote') {
    describe 'Three verifiers vote on a candidate; needs at least two approvals.'
    solve { task ->
        def fields = [thinking: 'Think step by step.', answer: 'Number only.']
        def cand = ask(task.question, fields: fields)
        def votes = parallel(3) { i ->
            def v = ask("Q: ${task.question}\nA: ${cand.answer}\nIs A correct? Answer true or false.", temperature: 0.5,
                role: "verifier ${i + 1}", fields: [ok: 'true or false'])
            v.ok.trim().toBoolean()
        }
        int approvals = votes.count { it }
        if (approvals >= 2) return cand.answer
        ask("${task.question}\nA previous answer ${cand.answer} was rejected by verifiers. Solve again.", fields: fields).answer
    }
}
