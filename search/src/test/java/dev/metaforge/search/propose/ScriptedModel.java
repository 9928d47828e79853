package dev.metaforge.search.propose;

import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.ModelReply;
import dev.metaforge.model.Prompt;
import dev.metaforge.model.ReplyParser;
import dev.metaforge.model.Usage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A model for tests that answers with a fixed sequence of raw texts, read by the real reply parser. */
final class ScriptedModel implements LanguageModel {
    private final Deque<String> replies;
    final List<Prompt> prompts = new ArrayList<>();

    ScriptedModel(String... replies) {
        this.replies = new ArrayDeque<>(List.of(replies));
    }

    @Override
    public synchronized ModelReply complete(Prompt prompt) {
        prompts.add(prompt);
        String raw = replies.isEmpty() ? "" : replies.pop();
        return new ModelReply(raw, ReplyParser.parse(raw, prompt.fields().keySet()), new Usage(100, 50, 0.001), name(),
                false);
    }

    @Override
    public String name() {
        return "scripted";
    }
}
