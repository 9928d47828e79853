agent('Quick Digit Find') {
    describe 'Single call, keep the first number in the reply.'
    solve { task ->
        String out = ask("Answer with just a number: ${task.question}").answer
        String n = out.find(/-?\d+(\.\d+)?/)
        n ?: out
    }
}
