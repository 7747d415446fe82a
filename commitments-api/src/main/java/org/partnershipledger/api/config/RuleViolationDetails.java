package org.partnershipledger.api.config;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.partnershipledger.core.shared.Rule;
import org.partnershipledger.core.shared.RuleViolation;

import java.util.Arrays;
import java.util.Optional;

/**
 * A rule violation as it travels back to the sender of a command. When commands are routed through Axon Server, an
 * exception does not cross the wire, only a message and these details do; so the handling side wraps every
 * {@link RuleViolation} in a {@link CommandExecutionException} carrying its code, and the sending side turns it back
 * into the same problem answer as a local violation.
 */
public record RuleViolationDetails(String code, String message) {

    static MessageHandlerInterceptor<CommandMessage<?>> interceptor() {
        return (unitOfWork, chain) -> {
            try {
                return chain.proceed();
            } catch (RuleViolation violation) {
                throw new CommandExecutionException(violation.getMessage(), violation,
                        new RuleViolationDetails(violation.code(), violation.getMessage()));
            }
        };
    }

    /** The violation a failed command reports, whether it was decided here or on another node. */
    public static Optional<RuleViolation> of(CommandExecutionException failure) {
        if (failure.getCause() instanceof RuleViolation violation) {
            return Optional.of(violation);
        }
        return failure.getDetails()
                .filter(RuleViolationDetails.class::isInstance)
                .map(RuleViolationDetails.class::cast)
                .flatMap(details -> Arrays.stream(Rule.values())
                        .filter(rule -> rule.code().equals(details.code()))
                        .findFirst()
                        .map(rule -> new RuleViolation(rule, details.message())));
    }
}
