agent('Reflexion') {
    describe 'Attempt, self-reflect on possible errors, and retry with the reflections as memory.'
    solve { task ->
        def fields = [thinking: 'Think step by step.', answer: 'The final answer only, as a number.']
        def memory = []
        def attempt = ask(task.question, fields: fields)
        2.times { n ->
            def refl = ask("""Problem: ${task.question}
Your solution: ${attempt.thinking}
Answer: ${attempt.answer}
Reflect: what could be wrong? If nothing, say NONE.""", fields: [reflection: 'Your reflection.'])
            if (refl.reflection.trim().equalsIgnoreCase('NONE')) return
            memory << refl.reflection
            attempt = ask("${task.question}\nLessons from earlier attempts:\n${memory.join('\n')}", fields: fields)
        }
        attempt.answer
    }
}
