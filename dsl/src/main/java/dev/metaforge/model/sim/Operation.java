package dev.metaforge.model.sim;

/** One step of a word problem acting on the running total. */
record Operation(char op, long operand) {

    long apply(long total) {
        return switch (op) {
            case '+' -> total + operand;
            case '-' -> total - operand;
            case '*' -> total * operand;
            case '/' -> operand == 0 ? total : total / operand;
            default -> throw new IllegalStateException("unknown operation " + op);
        };
    }

    String show(long before, long after) {
        return before + " " + (op == '*' ? "×" : op == '/' ? "÷" : String.valueOf(op)) + " " + operand + " = " + after;
    }
}
