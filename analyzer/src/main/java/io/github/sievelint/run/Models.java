package io.github.sievelint.run;

import io.github.sievelint.model.MailModel;
import io.github.sievelint.model.Manifests;
import io.github.sievelint.model.ModelLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * The models of the folders given to a run, loaded on a thread of their own while the scripts are
 * found and read (a manifest of 100,000 accounts takes seconds to load).
 */
final class Models {

  private final Map<Path, Future<Optional<MailModel>>> byFolder = new LinkedHashMap<>();
  private final @Nullable ExecutorService loader;

  private Models(@Nullable ExecutorService loader) {
    this.loader = loader;
  }

  /** No model: a run of a script read from elsewhere. */
  static Models none() {
    return new Models(null);
  }

  /**
   * Starts loading the models of the folders among {@code given} (resolved against {@code base}),
   * taking the composed manifests from {@code manifests}.
   */
  static Models preload(Path base, List<Path> given, Manifests manifests) {
    List<Path> folders = new ArrayList<>();
    for (Path root : given) {
      Path folder = base.resolve(root).normalize();
      if (Files.isDirectory(folder) && !folders.contains(folder)) {
        folders.add(folder);
      }
    }
    if (folders.isEmpty()) {
      return none();
    }
    ExecutorService loader = Executors.newSingleThreadExecutor(Pools.daemon("sievelint-model"));
    Models out = new Models(loader);
    for (Path folder : folders) {
      out.byFolder.put(folder, loader.submit(() -> ModelLoader.load(folder, manifests)));
    }
    // The thread ends once the models are loaded, even if no run comes to take them (a
    // configuration error, --show-config).
    loader.shutdown();
    return out;
  }

  /** The folders whose models are loaded, in the order given. */
  List<Path> folders() {
    return List.copyOf(byFolder.keySet());
  }

  /** Whether some model is still being loaded. */
  boolean loading() {
    return byFolder.values().stream().anyMatch(model -> !model.isDone());
  }

  /** The model of {@code folder}, one of {@link #folders()}, waiting for it to load. */
  Optional<MailModel> get(Path folder) {
    Future<Optional<MailModel>> model = byFolder.get(folder);
    if (model == null) {
      throw new IllegalArgumentException("no model is loaded for " + folder);
    }
    return Pools.await(model, "loading the model");
  }

  /** Stops loading the models no run has taken. */
  void close() {
    if (loader != null) {
      loader.shutdownNow();
    }
  }
}
