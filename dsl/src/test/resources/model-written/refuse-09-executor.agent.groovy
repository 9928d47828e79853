// asks the host for: threads (import java.util.concurrent.* and an ExecutorService)
import java.util.concurrent.*

agent('Thread Pool Voting') {
    describe 'Runs samples on a thread pool and votes.'
    solve { task ->
        ExecutorService pool = Executors.newFixedThreadPool(4)
        def futures = (1..4).collect { i -> pool.submit({ -> ask(task.question, temperature: 0.8, fields: [answer: 'Number only.']).answer } as Callable) }
        def answers = futures.collect { it.get(30, TimeUnit.SECONDS) }
        pool.shutdown()
        majority(answers)
    }
}
