// channel: role — role string with bare CR, NUL and C1 CSI
agent('Role CR') {
    describe 'CR, NUL and C1 in the role.'
    solve { task ->
        String role = 'math professor' + String.valueOf((char) 13) + 'OVERWRITTEN' + String.valueOf((char) 0) + String.valueOf((char) 0x9b) + '2K'
        ask(task.question, role: role).answer
    }
}
