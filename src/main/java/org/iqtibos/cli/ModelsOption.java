package org.iqtibos.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.iqtibos.Language;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.internal.ner.StatisticalNameFinder;
import picocli.CommandLine.Option;

/** The {@code --models DIR} option shared by commands that load models: a directory, else the packaged ones. */
final class ModelsOption {
    @Option(names = "--models", description = "models directory (default: ./models when present, else the models inside the jar)")
    Path models;

    ModelFiles files() {
        if (models != null) {
            return ModelFiles.directory(models);
        }
        return Files.isDirectory(Path.of("models")) ? ModelFiles.directory(Path.of("models")) : ModelFiles.classpath();
    }

    StatisticalNameFinder nameFinder(Language lang) {
        return StatisticalNameFinder.load(files(), lang).orElseThrow(() -> new IllegalArgumentException(
                "no name finder model for lang " + lang.code() + " (models/" + StatisticalNameFinder.modelPath(lang) + ")"));
    }
}
