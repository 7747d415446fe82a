package org.partnershipledger.api;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Hashes a password for the users of the embedded default, without starting the service. */
final class PasswordHash {

    private PasswordHash() {
    }

    static void print() {
        String password = read();
        if (password == null || password.isBlank()) {
            System.err.println("no password given");
            System.exit(2);
        }
        System.out.println(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password));
    }

    private static String read() {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password: ");
            return typed == null ? null : new String(typed);
        }
        try {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
