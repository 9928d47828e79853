package dev.metaforge.model.http;

import java.util.Map;

/** Dollars per million prompt and completion tokens, by model name; an unknown model costs 0. */
public record Prices(Map<String, double[]> perMillion) {
    /** Published list prices of a few common models (USD per 1M tokens: prompt, completion). */
    public static final Prices DEFAULT = new Prices(Map.of(
            "gpt-4o-mini", new double[] {0.15, 0.60},
            "gpt-4o", new double[] {2.50, 10.00},
            "gpt-3.5-turbo", new double[] {0.50, 1.50}));

    public double cost(String model, long promptTokens, long completionTokens) {
        double[] price = perMillion.get(model);
        return price == null ? 0 : (promptTokens * price[0] + completionTokens * price[1]) / 1_000_000.0;
    }
}
