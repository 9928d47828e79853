agent('Regex Extractor') {
    describe 'Free-text answer, then extract the last number with a regex.'
    solve { task ->
        def reply = ask("${task.question}\nExplain your reasoning and end with 'Answer: <number>'.")
        def text = reply.answer
        def m = text =~ /Answer:\s*(-?[\d,]*\.?\d+)/
        if (m.find()) {
            return m.group(1).replace(',', '')
        }
        def nums = text.findAll(/-?\d+(?:\.\d+)?/)
        nums ? nums.last() : text.trim()
    }
}
