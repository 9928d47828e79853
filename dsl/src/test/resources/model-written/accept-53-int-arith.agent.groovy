agent('Sanity Bound Check') {
    describe 'Check that the answer is within a plausible bound computed from the numbers in the question.'
    solve { task ->
        def nums = task.question.findAll(/\d+/).collect { it as int }
        int bound = nums ? nums.sum() * (nums.max() ?: 1) : 1000000
        def fields = [thinking: 'Think step by step.', answer: 'Number only.']
        def r = ask(task.question, fields: fields)
        def ans = r.answer.trim()
        if (ans.isNumber() && Math.abs(ans.toDouble()) > bound) {
            log "answer ${ans} exceeds bound ${bound}, retrying"
            r = ask("${task.question}\nYour previous answer ${ans} seems too large. Re-check.", fields: fields)
        }
        r.answer
    }
}
