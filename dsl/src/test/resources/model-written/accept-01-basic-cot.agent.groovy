agent('Basic CoT') {
    describe 'Single chain-of-thought call with a numeric answer.'
    solve { task ->
        String prompt = """You are solving a math word problem.

Problem: ${task.question}

Work through it carefully, step by step, then give only the final number."""
        def r = ask(prompt, fields: [reasoning: 'Step-by-step reasoning', answer: 'Final numeric answer only'])
        log "reasoning: ${r.reasoning}"
        return r.answer.trim()
    }
}
