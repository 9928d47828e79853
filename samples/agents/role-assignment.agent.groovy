agent('Role Assignment') {
    describe 'A router picks an expert role; that expert solves the task.'
    solve { task ->
        def experts = ['Math Professor', 'Grade School Teacher', 'Helpful Assistant']
        def route = ask("Which expert should answer this question?\n${task.question}",
                fields: [thinking: 'Think about what the question needs.', expert: "One of: ${experts.join(', ')}"])
        String role = experts.find { it.equalsIgnoreCase(route.expert.trim()) } ?: 'Helpful Assistant'
        log "routed to ${role}"
        ask(task.question, role: role,
                fields: [thinking: 'Think step by step.', answer: 'The final answer only, as a number.']).answer
    }
}
