agent('Step-Back Typed') {
    describe 'Step-back question first, then solve with the general principle.'
    solve { task ->
        String q = task.question
        Reply sb = ask("Before solving, what general math concept does this problem rely on?\n$q",
            fields: [concept: 'The concept in one sentence.'])
        String principle = sb.concept
        Reply sol = ask("Concept: ${principle}\n\nNow solve: ${q}",
            fields: [steps: 'Numbered steps.', answer: 'Final number.'])
        sol.answer
    }
}
