package dev.metaforge.eval.contract;

import dev.metaforge.eval.ChoiceScorer;
import dev.metaforge.eval.ExactScorer;
import dev.metaforge.eval.NumericScorer;
import dev.metaforge.eval.Scorer;
import dev.metaforge.eval.ScorerContract;
import dev.metaforge.eval.ScorerException;
import dev.metaforge.eval.Scorers;
import dev.metaforge.eval.TokenF1Scorer;
import org.junit.jupiter.api.Nested;

/** The scorer contract run against every scorer, named and compiled. */
class ScorerContractTests {
    @Nested
    class Exact extends ScorerContract {
        protected Scorer scorer() {
            return new ExactScorer();
        }

        protected String[] right() {
            return new String[] {" Paris ", "paris"};
        }

        protected String[] wrong() {
            return new String[] {"Lyon", "Paris"};
        }
    }

    @Nested
    class Numeric extends ScorerContract {
        protected Scorer scorer() {
            return new NumericScorer(1e-6);
        }

        protected String[] right() {
            return new String[] {"$1,234.50", "1234.5"};
        }

        protected String[] wrong() {
            return new String[] {"12 apples", "13"};
        }
    }

    @Nested
    class TokenF1 extends ScorerContract {
        protected Scorer scorer() {
            return new TokenF1Scorer();
        }

        protected String[] right() {
            return new String[] {"the Eiffel Tower", "Eiffel Tower"};
        }

        protected String[] wrong() {
            return new String[] {"Louvre", "Eiffel Tower"};
        }
    }

    @Nested
    class Choice extends ScorerContract {
        protected Scorer scorer() {
            return new ChoiceScorer();
        }

        protected String[] right() {
            return new String[] {"The answer is (C).", "C"};
        }

        protected String[] wrong() {
            return new String[] {"B", "C"};
        }
    }

    @Nested
    class Expression extends ScorerContract {
        protected Scorer scorer() {
            try {
                return Scorers.of("answer.trim().equalsIgnoreCase(gold)");
            } catch (ScorerException e) {
                throw new AssertionError(e);
            }
        }

        protected String[] right() {
            return new String[] {" YES", "yes"};
        }

        protected String[] wrong() {
            return new String[] {"no", "yes"};
        }
    }
}
