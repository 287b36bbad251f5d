package io.github.sievelint.spec;

import java.util.List;

/**
 * A command: its name, the capabilities it needs, its arguments, whether it takes a test and a
 * block, and where it may stand.
 *
 * @param takesTest whether it takes exactly one test ({@code if}, {@code elsif})
 */
public record CommandSpec(
    String name,
    List<String> capabilities,
    List<Param> params,
    List<TagSpec> tags,
    List<String> requiredGroups,
    boolean takesTest,
    Block block,
    Placement placement)
    implements Signature {

  /** Whether a command takes a block. */
  public enum Block {
    NONE,
    REQUIRED
  }

  /** Where a command may stand. */
  public enum Placement {
    ANYWHERE,
    /** At top level, before every command that is not itself a {@code require} (RFC 5228 3.2). */
    PROLOGUE,
    /** Right after an {@code if} or {@code elsif} in the same block (RFC 5228 3.1). */
    AFTER_IF,
    /** Inside a {@code foreverypart} loop (RFC 5703 sections 3.2 and 7). */
    IN_FOREVERYPART,
    /** Inside a {@code foreverypart} or a Stalwart {@code while} loop ({@code break}). */
    IN_LOOP,
    /** Inside a Stalwart {@code while} loop ({@code continue}). */
    IN_WHILE
  }

  public CommandSpec {
    capabilities = List.copyOf(capabilities);
    params = List.copyOf(params);
    tags = List.copyOf(tags);
    requiredGroups = List.copyOf(requiredGroups);
  }

  @Override
  public String kind() {
    return "command";
  }

  /** The same command with more tags (another extension adds them). */
  CommandSpec withTags(List<TagSpec> more) {
    return new CommandSpec(
        name,
        capabilities,
        params,
        Table.concat(tags, more),
        requiredGroups,
        takesTest,
        block,
        placement);
  }
}
