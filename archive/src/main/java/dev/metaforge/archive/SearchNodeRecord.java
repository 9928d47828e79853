package dev.metaforge.archive;

/**
 * One node of a search tree: the design it holds, its parent node (null at the top), visits,
 * the sum and maximum of the values propagated through it, the value agent's estimate with its
 * confidence and critique (null when none was made), and a state such as {@code evaluated},
 * {@code failed} or {@code dropped}.
 */
public record SearchNodeRecord(long id, long runId, long designId, Long parentNode, int visits, double valueSum,
                               double valueMax, Double estimate, Double confidence, String critique, NodeState state) {
}
