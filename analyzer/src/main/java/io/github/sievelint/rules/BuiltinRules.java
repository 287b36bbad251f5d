package io.github.sievelint.rules;

import io.github.sievelint.lint.InternalError;
import io.github.sievelint.lint.RuleRegistry;
import java.util.List;

/** The explicit list of every rule sievelint ships, in catalogue order. */
public final class BuiltinRules {

  private BuiltinRules() {}

  private static final RuleRegistry REGISTRY =
      new RuleRegistry(
          List.of(
              new SyntaxError(),
              new InvalidEncoding(),
              new LimitExceeded(),
              new InternalError(),
              new UnknownCommand(),
              new UnknownTest(),
              new MissingRequire(),
              new UnknownCapability(),
              new InvalidArguments(),
              new MisplacedCommand(),
              new InvalidRegex(),
              new InvalidComparator(),
              new InvalidAddress(),
              new InvalidHeaderName(),
              new InvalidVariable(),
              new VacationTwice(),
              new RejectWithVacation(),
              new UnusedRequire(),
              new DuplicateRequire(),
              new UnreachableCode(),
              new ConstantTest(),
              new MatchesWithoutWildcard(),
              new MatchVariableUnset(),
              new UndefinedVariable(),
              new UnusedSuppression(),
              new RejectWithDelivery(),
              new VacationMissingDays(),
              new VacationPeriodTooShort(),
              new VacationPeriodOutOfRange(),
              new VacationForeignFrom(),
              new VacationForeignAddresses(),
              new VacationUnguarded(),
              new RedirectUnguarded(),
              new NotifyUnguarded(),
              new RejectUnguarded(),
              new AutoSubmittedGuardInverted(),
              new GuardExistsAllHeaders(),
              new AutoSubmittedExactValue(),
              new GuardHeaderEdited(),
              new GlobalStopNotExiting(),
              new DuplicateIneffective(),
              new RedirectToSelf(),
              new RedirectTargetTainted(),
              new TooManyRedirects(),
              new RedirectExternalWithoutCopy(),
              new NotifyMethodTainted(),
              new RejectBackscatter(),
              new RedirectCycle(),
              new ForwardingChainTooLong(),
              new AutoreplyPingPong(),
              new ForwardToUnknownLocal(),
              new GlobalRedirectIntoParticipant(),
              new ForwardViaCatchAll(),
              new IncludeNotFound(),
              new IncludeCycle(),
              new IncludeOutsideRoot(),
              new UnassignedScript()));

  public static RuleRegistry registry() {
    return REGISTRY;
  }
}
