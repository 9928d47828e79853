// asks the host for: environment variables (System.getenv)
agent('Env-Configured Solver') {
    describe 'Reads the number of samples and model from the environment.'
    solve { task ->
        int n = (System.getenv('SC_SAMPLES') ?: '5') as int
        String model = System.getenv('SOLVER_MODEL') ?: 'gpt-4o-mini'
        def rs = parallel(n) { i -> ask(task.question, model: model, temperature: 0.8, fields: [answer: 'Number only.']) }
        majority(rs*.answer)
    }
}
