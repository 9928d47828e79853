agent('Plan-and-Solve') {
    describe 'Plan-and-Solve prompting (PS+): understand, plan, compute carefully.'
    solve { task ->
        def prompt = '''Let's first understand the problem, extract relevant variables and their corresponding numerals, and devise a plan.
Then, let's carry out the plan, calculate intermediate variables (pay attention to correct numerical calculation and commonsense),
solve the problem step by step, and show the answer.

Problem: ''' + task.question
        def r = ask(prompt, fields: [variables: 'Variables and values.', plan: 'The plan.', answer: 'Final number only.'])
        r.answer
    }
}
