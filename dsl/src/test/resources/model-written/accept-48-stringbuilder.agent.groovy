agent('Scratchpad Accumulator') {
    describe 'Three incremental reasoning passes accumulated in a StringBuilder scratchpad.'
    solve { task ->
        StringBuilder pad = new StringBuilder()
        pad << "Problem: ${task.question}\n"
        ['Identify the known quantities.', 'Identify what is asked.', 'Compute the result.'].each { instr ->
            def r = ask("${pad}\nNext: ${instr}", fields: [note: 'Your note for this step.'])
            pad.append("- ${instr} ${r.note}\n")
        }
        ask("${pad.toString()}\nState the final answer.", fields: [answer: 'Number only.']).answer
    }
}
