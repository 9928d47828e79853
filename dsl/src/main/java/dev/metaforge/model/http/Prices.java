package dev.metaforge.model.http;

import dev.metaforge.model.Usage;
import java.util.HashMap;
import java.util.Map;

/**
 * Dollars per million tokens by model name: prompt, completion and, optionally, cached prompt
 * tokens (without a third price, cached tokens cost as much as the rest of the prompt). A model
 * named with a date or {@code -latest} ({@code gpt-4o-2024-08-06}, {@code claude-3-5-haiku-20241022})
 * takes its family's price when it has none of its own. An unknown model costs 0.
 */
public record Prices(Map<String, double[]> perMillion) {
    /** Published list prices of a few common models (USD per 1M tokens: prompt, completion, cached prompt). */
    public static final Prices DEFAULT = new Prices(Map.of(
            "gpt-4o-mini", new double[] {0.15, 0.60, 0.075},
            "gpt-4o", new double[] {2.50, 10.00, 1.25},
            "gpt-3.5-turbo", new double[] {0.50, 1.50},
            "claude-3-5-haiku-latest", new double[] {0.80, 4.00, 0.08},
            "claude-3-5-sonnet-latest", new double[] {3.00, 15.00, 0.30}));

    /** The cost of a call whose prompt had {@code cachedTokens} of its {@code promptTokens} served from cache. */
    public double cost(String model, long promptTokens, long completionTokens, long cachedTokens) {
        double[] price = price(model);
        if (price == null) {
            return 0;
        }
        long cached = Math.min(cachedTokens, promptTokens);
        double cachedPrice = price.length > 2 ? price[2] : price[0];
        return ((promptTokens - cached) * price[0] + cached * cachedPrice + completionTokens * price[1]) / 1_000_000.0;
    }

    /** The model's own price, else its family's (the name without a trailing date or -latest), else null. */
    double[] price(String model) {
        double[] own = perMillion.get(model);
        if (own != null) {
            return own;
        }
        String family = family(model);
        // of several priced members of the family, the latest name (by its date) decides, whatever the map's order
        return perMillion.entrySet().stream().filter(e -> family(e.getKey()).equals(family))
                .max(Map.Entry.comparingByKey()).map(Map.Entry::getValue).orElse(null);
    }

    private static String family(String model) {
        return model.replaceFirst("-(\\d{4}-\\d{2}-\\d{2}|\\d{8}|latest)$", "");
    }

    /** {@code usage} with its cost computed from these prices. */
    public Usage priced(String model, Usage usage) {
        return new Usage(usage.promptTokens(), usage.completionTokens(), usage.cachedTokens(), usage.reasoningTokens(),
                cost(model, usage.promptTokens(), usage.completionTokens(), usage.cachedTokens()));
    }

    /** These prices with {@code model}'s replaced, when {@code price} is given. */
    public Prices with(String model, double[] price) {
        if (price == null) {
            return this;
        }
        Map<String, double[]> all = new HashMap<>(perMillion);
        all.put(model, price);
        return new Prices(all);
    }
}
