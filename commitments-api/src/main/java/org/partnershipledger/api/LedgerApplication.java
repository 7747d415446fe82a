package org.partnershipledger.api;

import org.partnershipledger.api.operations.EmbeddedCompaction;
import org.partnershipledger.core.verification.OfflineVerifier;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.util.List;

/**
 * The partnership commitments ledger service.
 *
 * <p>Public-sector users expect no call-home: Axon's update checker and console banner are off unless an operator
 * switches them on with {@code -Daxoniq.update-checker.disabled=false} (or the environment variable
 * {@code AXONIQ_UPDATE_CHECKER_DISABLED=false}) and {@code -Ddisable-axoniq-console-message=false}.
 *
 * <p>{@code java -jar partnership-ledger.jar hash-password} reads a password from standard input and prints the
 * hash to put in {@code ledger.security.users[n].password}; {@code java -jar partnership-ledger.jar verify
 * --bundle F --public-key K} verifies an exported audit bundle offline (see {@link OfflineVerifier}); {@code java -jar
 * partnership-ledger.jar compact} compacts the embedded store's file while the service is stopped (see
 * {@link EmbeddedCompaction}).
 */
@SpringBootApplication(scanBasePackages = {"org.partnershipledger.api", "org.partnershipledger.projections"})
@ConfigurationPropertiesScan
@EnableScheduling
public class LedgerApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("hash-password")) {
            PasswordHash.print();
            return;
        }
        if (args.length > 0 && args[0].equals("verify")) {
            System.exit(OfflineVerifier.run(List.of(args).subList(1, args.length), System.out));
        }
        if (args.length > 0 && args[0].equals("compact")) {
            System.exit(EmbeddedCompaction.run(List.of(args).subList(1, args.length), System.out, System.err));
        }
        noCallHome();
        SpringApplication.run(LedgerApplication.class, args);
    }

    /** Turns Axon's update checker and console banner off unless the operator said otherwise. */
    public static void noCallHome() {
        defaultOff("axoniq.update-checker.disabled", "AXONIQ_UPDATE_CHECKER_DISABLED");
        defaultOff("disable-axoniq-console-message", "DISABLE_AXONIQ_CONSOLE_MESSAGE");
    }

    private static void defaultOff(String property, String environmentVariable) {
        if (System.getProperty(property) == null && System.getenv(environmentVariable) == null) {
            System.setProperty(property, "true");
        }
    }
}
