package org.partnershipledger.api.ledger;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The verifiable ledger needs the events' stored bytes, which the JDBC event store keeps in the application's
 * database; with Axon Server holding the events it is not kept (yet).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
class LedgerConfiguration {

    @Bean
    MessageHandlerInterceptor<CommandMessage<?>> ledgerLogLeaves(LedgerLog log) {
        return log.interceptor();
    }
}
