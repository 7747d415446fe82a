package org.partnershipledger.core.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnershipledger.core.partner.PartnerId;

import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextAndIdentifierTest {

    @ParameterizedTest
    @ValueSource(strings = {"council", "sutton-police", "fairer", "3f1b6a0e-27c4-4c53-9d6f-0b6f1f7f4a11", "fy2010.11"})
    void readableSlugsAndUuidsAreIdentifiers(String id) {
        assertThat(new PartnerId(id).value()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "../etc", "a/b", "a b", ".hidden", "-dash", "é"})
    void anythingUnsafeInAPathIsNotAnIdentifier(String id) {
        assertThatThrownBy(() -> new PartnerId(id))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.rule()).isEqualTo(Rule.IDENTIFIER_INVALID));
    }

    @Test
    void identifiersAreAtMostEightyCharacters() {
        assertThat(new PartnerId("a".repeat(80)).value()).hasSize(80);
        assertThatThrownBy(() -> new PartnerId("a".repeat(81))).isInstanceOf(RuleViolation.class);
    }

    /** The character-by-character check accepts exactly what the format's regular expression matches. */
    @Test
    void theCheckAgreesWithTheFormatAsARegularExpression() {
        Pattern format = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");
        String alphabet = "aZ09._-/ é\u0660\uff21:\u0000";
        Random random = new Random(2011);
        int accepted = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder id = new StringBuilder();
            int length = random.nextInt(4) == 0 ? 78 + random.nextInt(5) : random.nextInt(6);
            for (int c = 0; c < length; c++) {
                // mostly allowed characters, so that long valid ids come up too
                id.append(random.nextInt(50) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : alphabet.charAt(random.nextInt(6)));
            }
            boolean expected = format.matcher(id).matches();
            assertThat(Identifier.wellFormed(id.toString())).as("'%s'", id).isEqualTo(expected);
            accepted += expected ? 1 : 0;
        }
        assertThat(accepted).isBetween(20_000, 180_000);
    }

    @Test
    void namesAreTrimmedAndMustNotBeBlank() {
        assertThat(Require.name("  Fairer ", "name")).isEqualTo("Fairer");
        assertThatThrownBy(() -> Require.name(" \t", "name"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(Rule.TEXT_BLANK));
        assertThatThrownBy(() -> Require.name(null, "name"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(Rule.VALUE_REQUIRED));
    }

    @Test
    void overlongTextIsRejected() {
        assertThatThrownBy(() -> Require.name("x".repeat(Require.SHORT_TEXT + 1), "title"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(Rule.TEXT_TOO_LONG));
        assertThatThrownBy(() -> Require.text("x".repeat(Require.LONG_TEXT + 1), "vision"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(Rule.TEXT_TOO_LONG));
    }

    @Test
    void controlCharactersAndBidirectionalOverridesAreRejected() {
        for (String hostile : new String[]{"Council\u0000", "Red\u001b[31m", "a\u007fb", "evil\u202Eedoc", "x\u2066y"}) {
            assertThatThrownBy(() -> Require.name(hostile, "name")).as(hostile)
                    .isInstanceOfSatisfying(RuleViolation.class,
                            v -> assertThat(v.rule()).isEqualTo(Rule.TEXT_CONTROL_CHARACTER));
            assertThatThrownBy(() -> Require.text(hostile, "rationale")).as(hostile)
                    .isInstanceOfSatisfying(RuleViolation.class,
                            v -> assertThat(v.rule()).isEqualTo(Rule.TEXT_CONTROL_CHARACTER));
        }
        assertThatThrownBy(() -> Require.name("two\nlines", "title"))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.rule()).isEqualTo(Rule.TEXT_CONTROL_CHARACTER));
        assertThat(Require.text("first line\r\n\tsecond — café ✓", "rationale"))
                .isEqualTo("first line\r\n\tsecond — café ✓");
    }

    @Test
    void measuredValuesMustBeOfAPlausibleSizeAndPrecision() {
        assertThat(Require.measured(new java.math.BigDecimal("-999999999999999.999999"), "value"))
                .isEqualByComparingTo("-999999999999999.999999");
        assertThat(Require.measured(new java.math.BigDecimal("7.5000000"), "value")).isEqualByComparingTo("7.5");
        for (String absurd : new String[]{"1e15", "-1e15", "1e400", "0.0000001", "9".repeat(40)}) {
            assertThatThrownBy(() -> Require.measured(new java.math.BigDecimal(absurd), "value")).as(absurd)
                    .isInstanceOfSatisfying(RuleViolation.class,
                            v -> assertThat(v.rule()).isEqualTo(Rule.MEASURE_OUT_OF_RANGE));
        }
    }

    @Test
    void optionalTextTurnsBlankIntoAbsent() {
        assertThat(Require.optionalText("   ", "note")).isNull();
        assertThat(Require.optionalText(null, "note")).isNull();
        assertThat(Require.optionalText(" kept ", "note")).isEqualTo("kept");
    }

    @Test
    void aDecisionNeedsAReferenceButNotARationale() {
        assertThat(Decision.of("Board 2010-09-14, minute 7", " ").rationale()).isNull();
        assertThatThrownBy(() -> Decision.of(" ", "because"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(Rule.TEXT_BLANK));
    }

    @Test
    void countsAreNeverNegative() {
        assertThat(Require.count(0, "staff")).isZero();
        assertThatThrownBy(() -> Require.count(-1, "staff"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo(Rule.COUNT_NEGATIVE));
    }

    @Test
    void ruleCodesAreUnique() {
        assertThat(java.util.Arrays.stream(Rule.values()).map(Rule::code)).doesNotHaveDuplicates();
    }
}
