agent('Streams Voting') {
    describe 'Java-stream-flavoured tally.'
    solve { task ->
        List<String> answers = parallel(5) { int i ->
            ask(task.question, temperature: 0.8, fields: [answer: 'Number only.']).answer.trim()
        }
        Map<String, Long> freq = answers.stream().collect(java.util.stream.Collectors.groupingBy({ String s -> s }, java.util.stream.Collectors.counting()))
        freq.entrySet().stream().max(Map.Entry.comparingByValue()).map({ it.key }).orElse(answers[0])
    }
}
