package dev.metaforge.eval;

import dev.metaforge.dsl.Task;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Multiple-choice tasks in the GPQA layout: a CSV file with a header holding {@code Question},
 * {@code Correct Answer} and {@code Incorrect Answer 1..3}. The four answers are shuffled with a
 * fixed seed per question and labelled A–D; the gold answer is the correct one's letter.
 */
public final class CsvChoiceTasks {
    static final String[] REQUIRED = {"Question", "Correct Answer", "Incorrect Answer 1", "Incorrect Answer 2",
        "Incorrect Answer 3"};

    private CsvChoiceTasks() {
    }

    public static List<GoldTask> read(Path file, long seed) throws TaskFileException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            Map<String, Integer> header = csv.getHeaderMap();
            for (String column : REQUIRED) {
                if (!header.containsKey(column)) {
                    throw new TaskFileException(file + ":1: missing column \"" + column + "\"; a GPQA-layout file has "
                            + String.join(", ", REQUIRED));
                }
            }
            List<GoldTask> tasks = new ArrayList<>();
            for (CSVRecord record : csv) {
                tasks.add(task(file, record, seed));
            }
            if (tasks.isEmpty()) {
                throw new TaskFileException(file + ": no tasks");
            }
            return tasks;
        } catch (NoSuchFileException e) {
            throw new TaskFileException(file + ": no such file");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new TaskFileException(file + ": not a readable CSV file: " + e.getMessage());
        }
    }

    private static GoldTask task(Path file, CSVRecord record, long seed) throws TaskFileException {
        String where = file + ":" + record.getParser().getCurrentLineNumber();
        if (!record.isConsistent()) {
            throw new TaskFileException(where + ": expected " + record.getParser().getHeaderNames().size()
                    + " columns, found " + record.size());
        }
        String correct = record.get("Correct Answer").strip();
        List<String> answers = new ArrayList<>(List.of(correct, record.get("Incorrect Answer 1").strip(),
                record.get("Incorrect Answer 2").strip(), record.get("Incorrect Answer 3").strip()));
        if (record.get("Question").isBlank() || answers.stream().anyMatch(String::isEmpty)) {
            throw new TaskFileException(where + ": the question and all four answers must be filled in");
        }
        Collections.shuffle(answers, new Random(seed * 31 + record.getRecordNumber()));
        StringBuilder question = new StringBuilder(record.get("Question").strip());
        List<String> choices = new ArrayList<>();
        char gold = 'A';
        for (int i = 0; i < answers.size(); i++) {
            char letter = (char) ('A' + i);
            choices.add(letter + ") " + answers.get(i));
            question.append('\n').append(letter).append(") ").append(answers.get(i));
            if (answers.get(i).equals(correct)) {
                gold = letter;
            }
        }
        return new GoldTask(Task.of("q" + record.getRecordNumber(), question.toString(), Map.of(), choices),
                String.valueOf(gold));
    }
}
