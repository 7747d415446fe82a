package org.partnershipledger.api.security;

import org.partnershipledger.api.config.LedgerProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import static org.partnershipledger.api.security.Grant.Role.AUDITOR;
import static org.partnershipledger.api.security.Grant.Role.PARTNER;
import static org.partnershipledger.api.security.Grant.Role.SECRETARIAT;

/**
 * Who may do what. Everyone may read what a partnership publishes once signed in with any grant there (and anyone
 * at all may read what the dashboard shows residents — the partnership, its matrix, outcome progress and
 * measurements, and the Total Place count — when {@code ledger.security.public-reads} is on); the audit trail is for
 * auditors and the secretariat; the secretariat records the partnership's decisions; partner representatives pledge, spend,
 * declare and report — for their own organisation only, which the ledger itself checks. Writes are never anonymous.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    private static final String PARTNERSHIP = "/api/partnerships/{partnershipId}";

    @Bean
    SecurityFilterChain api(HttpSecurity http, SecuritySettings settings) throws Exception {
        SecurityProblems problems = new SecurityProblems(settings.mode() == SecuritySettings.Mode.JWT
                ? "Bearer" : "Basic realm=\"partnership-ledger\"");
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(a -> {
                    a.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                            "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                            "/swagger-ui/**", "/error", "/.well-known/ledger-checkpoint-key", "/", "/dashboard/**",
                            "/webjars/**").permitAll();
                    a.requestMatchers(HttpMethod.POST, "/api/partnerships").access(LedgerAccess.role(SECRETARIAT));
                    a.requestMatchers("/api/read-models", "/api/read-models/**").access(LedgerAccess.role(AUDITOR));
                    a.requestMatchers(HttpMethod.POST, PARTNERSHIP + "/partners/{partnerId}/resource-declarations")
                            .access(LedgerAccess.representativeOfPathPartner());
                    a.requestMatchers(HttpMethod.POST, PARTNERSHIP + "/priorities/{priorityId}/pledges",
                                    PARTNERSHIP + "/priorities/{priorityId}/pledges/**",
                                    PARTNERSHIP + "/priorities/{priorityId}/indicators/{indicatorId}/outcomes")
                            .access(LedgerAccess.role(PARTNER));
                    a.requestMatchers(HttpMethod.POST, PARTNERSHIP + "/ledger/**")
                            .access(LedgerAccess.role(AUDITOR, SECRETARIAT));
                    a.requestMatchers(HttpMethod.POST, PARTNERSHIP + "/**").access(LedgerAccess.role(SECRETARIAT));
                    a.requestMatchers(HttpMethod.GET, PARTNERSHIP + "/audit-trail", PARTNERSHIP + "/ledger/bundle",
                                    PARTNERSHIP + "/exports/audit-trail.csv")
                            .access(LedgerAccess.role(AUDITOR, SECRETARIAT));
                    if (settings.publicReads()) {
                        a.requestMatchers(HttpMethod.GET, "/api/partnerships", PARTNERSHIP, PARTNERSHIP + "/matrix",
                                PARTNERSHIP + "/progress", PARTNERSHIP + "/total-place",
                                PARTNERSHIP + "/priorities/{priorityId}/indicators/{indicatorId}/outcomes").permitAll();
                    }
                    a.requestMatchers(HttpMethod.GET, PARTNERSHIP, PARTNERSHIP + "/**").access(LedgerAccess.anyGrant());
                    a.anyRequest().authenticated();
                });
        if (settings.mode() == SecuritySettings.Mode.JWT) {
            http.oauth2ResourceServer(o -> o.authenticationEntryPoint(problems).accessDeniedHandler(problems)
                    .jwt(j -> j.jwtAuthenticationConverter(grantsFromClaims(settings.jwt()))));
        } else {
            http.httpBasic(b -> b.authenticationEntryPoint(problems));
        }
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new RememberedPasswordChecks(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                Duration.ofMinutes(5), 10_000);
    }

    @Bean
    @ConditionalOnProperty(name = "ledger.security.mode", havingValue = "basic", matchIfMissing = true)
    UserDetailsService users(SecuritySettings settings, LedgerProperties ledger, PasswordEncoder encoder) {
        List<User.UserBuilder> users = new ArrayList<>();
        for (SecuritySettings.User user : settings.users()) {
            users.add(User.withUsername(user.name()).password(user.password()).authorities(authorities(user.grants())));
        }
        if (users.isEmpty()) {
            users.add(User.withUsername(FirstRunAdministrator.NAME)
                    .password(encoder.encode(FirstRunAdministrator.password(ledger.dataDirectory())))
                    .authorities(authorities(FirstRunAdministrator.GRANTS)));
        }
        return new InMemoryUserDetailsManager(users.stream().map(User.UserBuilder::build).toList());
    }

    private static String[] authorities(Collection<String> grants) {
        return grants.stream().map(g -> Grant.parse(g).toString()).toArray(String[]::new);
    }

    private static Converter<Jwt, AbstractAuthenticationToken> grantsFromClaims(SecuritySettings.Jwt claims) {
        return jwt -> {
            List<String> grants = jwt.hasClaim(claims.grantsClaim()) ? jwt.getClaimAsStringList(claims.grantsClaim())
                    : List.of();
            List<SimpleGrantedAuthority> authorities = grants.stream()
                    .flatMap(g -> {
                        try {
                            return java.util.stream.Stream.of(new SimpleGrantedAuthority(Grant.parse(g).toString()));
                        } catch (IllegalArgumentException notAGrant) {
                            return java.util.stream.Stream.empty();
                        }
                    })
                    .collect(Collectors.toList());
            return new JwtAuthenticationToken(jwt, authorities, jwt.getClaimAsString(claims.nameClaim()));
        };
    }
}
