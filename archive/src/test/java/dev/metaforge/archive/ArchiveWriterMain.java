package dev.metaforge.archive;

/**
 * A process that writes evaluations to an archive until it is killed, printing the id of each
 * one after it is committed. Used by {@link KillTest}.
 */
public final class ArchiveWriterMain {
    private ArchiveWriterMain() {
    }

    public static void main(String[] args) {
        try (Archive archive = Archive.open(args[0])) {
            long design = archive.designs().add(NewDesign.builder("Writer", Fixtures.script("Writer")).build());
            long run = archive.runs().start("test", "{}", 1, "none");
            for (int i = 0; ; i++) {
                long id = archive.evaluations().save(Fixtures.evaluation(design, run, "arith", 0.5, 200));
                System.out.println("saved " + id);
                System.out.flush();
            }
        }
    }
}
