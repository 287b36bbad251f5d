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
  private final List<ExecutorService> loaders = new ArrayList<>();

  private Models(@Nullable ExecutorService loader) {
    if (loader != null) {
      loaders.add(loader);
    }
  }

  /**
   * No model: a run of a script read from elsewhere, or one without models ({@code --no-model}).
   */
  static Models none() {
    return new Models(null);
  }

  /**
   * These models and those of {@code more} (absolute, normalized folders; the roots a partial run
   * discovered), which start loading now; this object is not to be used any more.
   */
  Models plus(List<Path> more, Manifests manifests) {
    List<Path> folders = more.stream().filter(f -> !byFolder.containsKey(f)).toList();
    if (folders.isEmpty()) {
      return this;
    }
    Models out = preloadFolders(folders, manifests);
    Models joined = new Models(null);
    joined.byFolder.putAll(byFolder);
    joined.byFolder.putAll(out.byFolder);
    joined.loaders.addAll(loaders);
    joined.loaders.addAll(out.loaders);
    return joined;
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
    return preloadFolders(folders, manifests);
  }

  private static Models preloadFolders(List<Path> folders, Manifests manifests) {
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
    loaders.forEach(ExecutorService::shutdownNow);
  }
}
