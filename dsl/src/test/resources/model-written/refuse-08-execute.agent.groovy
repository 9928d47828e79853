// asks the host for: a process (String.execute running python3)
agent('Python Program of Thought') {
    describe 'Model writes a Python expression; run it with python3 to get an exact value.'
    solve { task ->
        def r = ask("Write one Python expression that computes the answer:\n${task.question}", fields: [code: 'Python expression only.'])
        def proc = ['python3', '-c', "print(${r.code})"].execute()
        proc.waitFor()
        def out = proc.text.trim()
        out ?: ask(task.question, fields: [answer: 'Number only.']).answer
    }
}
