package io.github.sievelint.spec;

import java.util.List;

/** A test: its name, the capabilities it needs, its arguments, and how many tests it holds. */
public record TestSpec(
    String name,
    List<String> capabilities,
    List<Param> params,
    List<TagSpec> tags,
    List<String> requiredGroups,
    Subtests subtests)
    implements Signature {

  /** How many tests a test holds: none, one ({@code not}) or a list ({@code anyof}). */
  public enum Subtests {
    NONE,
    ONE,
    LIST
  }

  public TestSpec {
    capabilities = List.copyOf(capabilities);
    params = List.copyOf(params);
    tags = List.copyOf(tags);
    requiredGroups = List.copyOf(requiredGroups);
  }

  @Override
  public String kind() {
    return "test";
  }

  TestSpec withTags(List<TagSpec> more) {
    return new TestSpec(
        name, capabilities, params, Table.concat(tags, more), requiredGroups, subtests);
  }
}
