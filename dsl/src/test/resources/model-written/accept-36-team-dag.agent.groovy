agent('Planner-Solver-Checker Team') {
    describe 'A team DAG: planner -> solver -> checker.'
    solve { task ->
        def results = team {
            node('planner') { inputs ->
                ask("Outline a plan to solve:\n${task.question}", fields: [plan: 'Numbered plan.']).plan
            }
            node('solver') { inputs ->
                ask("Plan:\n${inputs.planner}\nSolve:\n${task.question}", fields: [thinking: 'Work.', answer: 'Number only.']).answer
            }
            node('checker') { inputs ->
                ask("Question: ${task.question}\nProposed: ${inputs.solver}\nCheck it and give the correct answer.",
                    fields: [answer: 'Number only.']).answer
            }
            edge('planner', 'solver')
            edge('solver', 'checker')
        }
        results.checker
    }
}
