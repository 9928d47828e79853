// asks the host for: downloading a dependency (@Grab)
@Grab('org.apache.commons:commons-math3:3.6.1')
import org.apache.commons.math3.stat.StatUtils

agent('Median via Commons Math') {
    describe 'Median of numeric samples computed with Commons Math.'
    solve { task ->
        def vals = parallel(5) { ask(task.question, temperature: 0.8, fields: [answer: 'Number only.']).answer }
            .findAll { it.isNumber() }.collect { it as double } as double[]
        vals ? StatUtils.percentile(vals, 50) : 'unknown'
    }
}
