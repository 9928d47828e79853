agent('Execute Plan') {
    describe 'Plan steps, execute each step with a local execute closure.'
    solve { task ->
        def execute = { String step, String ctx ->
            ask("Problem: ${task.question}\nSo far: ${ctx}\nDo this step: ${step}", fields: [result: 'Result of the step.']).result
        }
        def plan = ask("List the calculation steps needed (one per line):\n${task.question}", fields: [steps: 'Steps, one per line.'])
        def ctx = ''
        plan.steps.split('\n').each { s ->
            if (s.trim()) {
                ctx += "\n${s.trim()} => ${execute(s.trim(), ctx)}"
            }
        }
        ask("Problem: ${task.question}\nWork:${ctx}\nFinal answer?", fields: [answer: 'Number only.']).answer
    }
}
