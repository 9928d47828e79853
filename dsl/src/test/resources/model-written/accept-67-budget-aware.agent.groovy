agent('Budget-Aware Sampler') {
    describe 'Adds samples two at a time until a clear majority (margin >= 2) or 9 samples.'
    solve { task ->
        def fields = [thinking: 'Think step by step.', answer: 'Number only.']
        List<String> all = []
        int budget = 9
        while (all.size() < budget) {
            all.addAll(parallel(2) { i -> ask(task.question, temperature: 0.8, fields: fields).answer.trim() })
            def ranked = all.countBy { it }.sort { -it.value }.values() as List
            def margin = ranked.size() > 1 ? ranked[0] - ranked[1] : ranked[0]
            if (margin >= 2) break
        }
        majority(all)
    }
}
