agent('Contrastive CoT') {
    describe 'Show a correct and an incorrect demonstration before solving.'
    solve { task ->
        String demo = """Example question: Tom has 3 bags with 4 marbles each. He loses 2 marbles. How many are left?
Correct reasoning: 3 * 4 = 12, 12 - 2 = 10. Answer: 10
Incorrect reasoning: 3 + 4 = 7, 7 - 2 = 5. Answer: 5 (wrong: bags multiply, not add)
"""
        def r = ask("${demo}\nNow solve: ${task.question}", fields: [thinking: 'Correct reasoning.', answer: 'Number only.'])
        r.answer
    }
}
