package io.github.sievelint.model;

import io.github.sievelint.source.FileErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the model of a config repository: {@code sievelint.yaml} at its root, or else the first
 * zero-config layout whose evidence is found at the root, in {@code config/} or in {@code
 * docker-data/dms/config/} (docs/model.md): docker-mailserver, Mail-in-a-Box style, Dovecot home
 * style. Evidence is what names an account (an account file, a script named after an address, a
 * folder named after a domain holding a user's script), never a global script's name alone: a
 * folder of unrelated scripts has no model, and no rule calls its scripts unused.
 */
public final class ModelLoader {

  /** Layout names, as verbose output and the report properties show them. */
  public static final String DOCKER_MAILSERVER = "docker-mailserver";

  public static final String MAIL_IN_A_BOX = "mail-in-a-box";
  public static final String DOVECOT_HOME = "dovecot-home";

  private static final List<String> PLACES = List.of("", "config/", "docker-data/dms/config/");

  private static final Pattern TOP_LEVEL = Pattern.compile("[a-z]{2,63}");

  private ModelLoader() {}

  /** The model of the repository at {@code root}, or empty when it describes none. */
  public static Optional<MailModel> load(Path root) {
    return load(root, new Manifests());
  }

  /**
   * Like {@link #load(Path)}, taking a manifest's composed YAML from {@code manifests}, so that a
   * run which also reads the manifest's configuration composes it once.
   */
  public static Optional<MailModel> load(Path root, Manifests manifests) {
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    if (Files.isRegularFile(root.resolve(ManifestLoader.FILE_NAME))) {
      return Optional.of(ManifestLoader.load(root, manifests));
    }
    RepositoryPaths paths = new RepositoryPaths(root);
    return layout(root)
        .map(
            found ->
                switch (found.layout()) {
                  case DOCKER_MAILSERVER -> dockerMailserver(paths, found.place(), found.names());
                  case MAIL_IN_A_BOX -> mailInABox(paths, found.place(), found.domains());
                  default -> dovecotHome(paths, found.place(), found.domains());
                });
  }

  /**
   * Where the model of {@code root} would come from, without loading it: {@code sievelint.yaml}
   * when the folder holds a manifest, else the place of the first layout with evidence ({@code ""},
   * {@code config/} or {@code docker-data/dms/config/}); empty when the folder describes no mail
   * system. Reads folder listings only, so a partial run can afford it for every folder it walks
   * up.
   */
  public static Optional<String> evidence(Path root) {
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    if (Files.isRegularFile(root.resolve(ManifestLoader.FILE_NAME))) {
      return Optional.of(ManifestLoader.FILE_NAME);
    }
    return layout(root).map(Layout::place);
  }

  /** A layout's evidence: which layout, where, and the listing that showed it. */
  private record Layout(String layout, String place, List<String> names, List<String> domains) {}

  private static Optional<Layout> layout(Path root) {
    Path absolute = root.toAbsolutePath().normalize();
    for (String place : PLACES) {
      Path dir = absolute.resolve(place);
      if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      List<String> names = list(dir);
      if (names.contains("postfix-accounts.cf")
          || names.stream().anyMatch(ModelLoader::isAccountScript)) {
        return Optional.of(new Layout(DOCKER_MAILSERVER, place, names, List.of()));
      }
      List<String> domains = names.stream().filter(n -> isDomainFolder(dir.resolve(n))).toList();
      if (domains.stream().anyMatch(d -> hasDirectScript(dir.resolve(d), d))) {
        return Optional.of(new Layout(MAIL_IN_A_BOX, place, names, domains));
      }
      if (domains.stream().anyMatch(d -> hasDovecotHome(dir.resolve(d), d))) {
        return Optional.of(new Layout(DOVECOT_HOME, place, names, domains));
      }
    }
    return Optional.empty();
  }

  private static MailModel dockerMailserver(
      RepositoryPaths paths, String place, List<String> names) {
    ModelBuilder model = new ModelBuilder(paths, DOCKER_MAILSERVER);
    String accountsFile = place + "postfix-accounts.cf";
    if (names.contains("postfix-accounts.cf")) {
      readAccounts(model, accountsFile, place);
    }
    for (String name : names) {
      if (!name.endsWith(".dovecot.sieve")) {
        continue;
      }
      String stem = name.substring(0, name.length() - ".dovecot.sieve".length());
      MailModel.ScriptRef ref =
          new MailModel.ScriptRef(place + name, Location.fileStart(place + name));
      if (stem.equals("before")) {
        model.globalBefore.add(ref);
      } else if (stem.equals("after")) {
        model.globalAfter.add(ref);
      } else {
        Optional<Address> address = model.address(stem);
        if (address.isEmpty()) {
          continue;
        }
        Account known = model.accounts.get(address.get().full());
        Location where = known == null ? Location.fileStart(place + name) : known.where();
        model.account(
            new Account(address.get().full(), List.of(), place + name, place, false, where, where));
      }
    }
    model.globalIncludeDir = place;
    if (names.contains("postfix-virtual.cf")) {
      String file = place + "postfix-virtual.cf";
      AliasFiles.read(model, file, "postfix-virtual", Location.fileStart(file));
    }
    return model.build();
  }

  private static void readAccounts(ModelBuilder model, String file, String place) {
    List<String> lines;
    try {
      lines =
          new String(Files.readAllBytes(model.paths.root().resolve(file)), StandardCharsets.UTF_8)
              .lines()
              .toList();
    } catch (IOException e) {
      model.problem(
          Location.fileStart(file), "cannot read " + file + ": " + FileErrors.describe(e));
      return;
    }
    int offset = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Location where = Location.at(file, offset, i + 1, 1, Math.max(1, line.length()));
      offset += line.length() + 1;
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      String address = line.split("\\|", 2)[0].trim();
      Optional<Address> parsed = model.address(address);
      if (parsed.isEmpty()) {
        model.problem(where, "'" + address + "' is not a valid account address");
        continue;
      }
      model.account(new Account(parsed.get().full(), List.of(), null, place, false, where, where));
    }
  }

  private static MailModel mailInABox(RepositoryPaths paths, String place, List<String> domains) {
    ModelBuilder model = new ModelBuilder(paths, MAIL_IN_A_BOX);
    for (String domain : domains) {
      Path dir = paths.root().resolve(place + domain);
      for (String name : list(dir)) {
        if (!sieve(name) || !Files.isRegularFile(dir.resolve(name))) {
          continue;
        }
        String local = name.substring(0, name.lastIndexOf('.'));
        Optional<Address> address = model.address(local + "@" + domain);
        if (address.isEmpty()) {
          continue;
        }
        String script = place + domain + "/" + name;
        String personal = place + domain + "/" + local + "/";
        String includeDir =
            Files.isDirectory(paths.root().resolve(personal)) ? personal : place + domain + "/";
        Location where = Location.fileStart(script);
        model.account(
            new Account(address.get().full(), List.of(), script, includeDir, false, where, where));
      }
      Address.domain(domain).ifPresent(model.declaredDomains::add);
    }
    globals(model, place + "global_before/", model.globalBefore);
    globals(model, place + "global_after/", model.globalAfter);
    if (Files.isDirectory(paths.root().resolve(place + "global"))) {
      model.globalIncludeDir = place + "global/";
    }
    return model.build();
  }

  private static MailModel dovecotHome(RepositoryPaths paths, String place, List<String> domains) {
    ModelBuilder model = new ModelBuilder(paths, DOVECOT_HOME);
    for (String domain : domains) {
      Path dir = paths.root().resolve(place + domain);
      for (String local : list(dir)) {
        Path home = dir.resolve(local);
        Path active = home.resolve(".dovecot.sieve");
        if (!Files.exists(active, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        Optional<Address> address = model.address(local + "@" + domain);
        if (address.isEmpty()) {
          continue;
        }
        String homeDir = place + domain + "/" + local + "/";
        Location where = Location.fileStart(homeDir + ".dovecot.sieve");
        String script = activeScript(paths, home, homeDir);
        String includeDir = script == null ? homeDir : RepositoryPaths.folderOf(script);
        model.account(
            new Account(address.get().full(), List.of(), script, includeDir, false, where, where));
      }
      Address.domain(domain).ifPresent(model.declaredDomains::add);
    }
    globals(model, place + "sieve_before/", model.globalBefore);
    globals(model, place + "sieve_after/", model.globalAfter);
    if (Files.isDirectory(paths.root().resolve(place + "sieve_global"))) {
      model.globalIncludeDir = place + "sieve_global/";
    }
    return model.build();
  }

  /**
   * The active script of a Dovecot home: the target of the {@code .dovecot.sieve} link, the sibling
   * script a one-line file names, or the file itself.
   */
  private static String activeScript(RepositoryPaths paths, Path home, String homeDir) {
    Path active = home.resolve(".dovecot.sieve");
    if (Files.isSymbolicLink(active)) {
      try {
        Path target = home.resolve(Files.readSymbolicLink(active)).normalize();
        String relative = paths.relative(target);
        // A link out of the repository names a script that is never read: report it missing.
        return paths.inside(relative).isPresent() ? relative : "../" + target.getFileName();
      } catch (IOException e) {
        return homeDir + ".dovecot.sieve";
      }
    }
    try {
      String text = Files.readString(active, StandardCharsets.UTF_8).strip();
      if (!text.isEmpty() && text.matches("[^\\s/\\\\]+")) {
        for (String name : List.of(text, text + ".sieve")) {
          if (Files.isRegularFile(home.resolve(name))) {
            return homeDir + name;
          }
        }
      }
    } catch (IOException e) {
      // unreadable or not UTF-8: the file itself is the script, and its linting says why
    }
    return homeDir + ".dovecot.sieve";
  }

  private static void globals(ModelBuilder model, String dir, List<MailModel.ScriptRef> into) {
    Path folder = model.paths.root().resolve(dir);
    if (!Files.isDirectory(folder)) {
      return;
    }
    for (String name : list(folder)) {
      if (sieve(name) && Files.isRegularFile(folder.resolve(name))) {
        into.add(new MailModel.ScriptRef(dir + name, Location.fileStart(dir + name)));
      }
    }
  }

  /**
   * Whether {@code name} is docker-mailserver's script of one account, {@code
   * ADDRESS.dovecot.sieve}: the evidence of that layout besides {@code postfix-accounts.cf}. {@code
   * before.dovecot.sieve} and {@code after.dovecot.sieve} are not, as any folder may hold a script
   * of that name.
   */
  private static boolean isAccountScript(String name) {
    return name.endsWith(".dovecot.sieve")
        && Address.parse(name.substring(0, name.length() - ".dovecot.sieve".length())).isPresent();
  }

  /** Whether a domain folder holds {@code LOCAL.sieve} with LOCAL@DOMAIN an address. */
  private static boolean hasDirectScript(Path dir, String domain) {
    return list(dir).stream()
        .anyMatch(
            n ->
                sieve(n)
                    && Files.isRegularFile(dir.resolve(n))
                    && Address.parse(n.substring(0, n.lastIndexOf('.')) + "@" + domain)
                        .isPresent());
  }

  /** Whether a domain folder holds a home {@code LOCAL/.dovecot.sieve} with LOCAL@DOMAIN one. */
  private static boolean hasDovecotHome(Path dir, String domain) {
    return list(dir).stream()
        .anyMatch(
            n ->
                Files.exists(dir.resolve(n).resolve(".dovecot.sieve"), LinkOption.NOFOLLOW_LINKS)
                    && Address.parse(n + "@" + domain).isPresent());
  }

  /**
   * Whether {@code dir} is named like a mail domain: a valid domain whose top-level label is
   * alphabetic and two letters or more (RFC 1123 section 2.1, RFC 3696 section 2), or an IDN one
   * ({@code xn--}). Folder names such as {@code sieve.d}, {@code conf.d} or {@code v1.2} are not.
   */
  private static boolean isDomainFolder(Path dir) {
    String name = String.valueOf(dir.getFileName());
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) || name.indexOf('.') <= 0) {
      return false;
    }
    Optional<String> domain = Address.domain(name);
    if (domain.isEmpty()) {
      return false;
    }
    String top = domain.get().substring(domain.get().lastIndexOf('.') + 1);
    return top.startsWith("xn--") || TOP_LEVEL.matcher(top).matches();
  }

  private static boolean sieve(String name) {
    return name.endsWith(".sieve") && !name.startsWith(".");
  }

  /** The names in a folder, sorted; empty when it cannot be read. */
  private static List<String> list(Path dir) {
    List<String> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path p : stream) {
        out.add(String.valueOf(p.getFileName()));
      }
    } catch (IOException e) {
      return out;
    }
    out.sort(null);
    return out;
  }
}
