// channel: name — a refused script (no solve) whose diagnostic echoes the escape-laden agent name in check output
agent('\u001b[2J\u001b]0;refused title\u0007\nok    samples/agents/cot.agent.groovy  (Chain-of-Thought)\n0 of 1 script(s) refused.') {
    describe 'No solve block on purpose.'
}
