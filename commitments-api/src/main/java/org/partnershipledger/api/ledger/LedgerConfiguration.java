package org.partnershipledger.api.ledger;

import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the ledger log reads the events it hashes, and when it is written: with the JDBC event store, from the
 * application's database in each command's own transaction; with Axon Server, from Axon Server, by an event
 * processor that follows it.
 */
@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
    static class EventsInTheDatabase {

        @Bean
        LedgerEvents storedEvents() {
            return new StoredEvents();
        }

        @Bean
        MessageHandlerInterceptor<CommandMessage<?>> ledgerLogLeaves(LedgerLog log) {
            return log.interceptor();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
    static class EventsInAxonServer {

        @Bean
        LedgerEvents axonServerEvents(AxonServerConnectionManager connections) {
            return new AxonServerEvents(connections);
        }

        @Bean
        LedgerFeed ledgerFeed(LedgerLog log) {
            return new LedgerFeed(log);
        }

        /**
         * An event the feed cannot log stops it, to be tried again after a pause (Axon's processor backs off up to
         * a minute), instead of being logged as handled and left out of the log.
         */
        @Bean
        ConfigurerModule ledgerFeedRetries() {
            return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                    LedgerFeed.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
        }
    }
}
