agent('Runner Closure') {
    describe 'A local run closure wraps each ask with logging.'
    solve { task ->
        def run = { String prompt, double temp ->
            def r = ask(prompt, temperature: temp, fields: [thinking: 'Step by step.', answer: 'Number only.'])
            log "t=${temp} -> ${r.answer}"
            r.answer
        }
        def a1 = run(task.question, 0.0)
        def a2 = run(task.question, 0.7)
        if (a1 == a2) return a1
        def a3 = run("Double-check carefully: ${task.question}", 0.3)
        majority([a1, a2, a3])
    }
}
