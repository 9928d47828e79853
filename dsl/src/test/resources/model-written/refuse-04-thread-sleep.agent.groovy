// asks the host for: a thread sleep (Thread.sleep)
agent('Retry with Backoff') {
    describe 'Retries the call with exponential backoff when the answer is not numeric.'
    solve { task ->
        def answer = null
        int delay = 200
        for (int i = 0; i < 3 && !answer?.isNumber(); i++) {
            answer = ask(task.question, fields: [answer: 'Number only.']).answer?.trim()
            if (!answer?.isNumber()) {
                Thread.sleep(delay)
                delay *= 2
            }
        }
        answer
    }
}
