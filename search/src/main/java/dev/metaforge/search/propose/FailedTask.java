package dev.metaforge.search.propose;

/** A validation task a design got wrong: the question, what it answered, and its error if it failed outright. */
public record FailedTask(String question, String answer, String error) {
}
