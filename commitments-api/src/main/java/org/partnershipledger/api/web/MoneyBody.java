package org.partnershipledger.api.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.partnershipledger.core.shared.Money;

/** An amount in integer minor units (pence), GBP unless another ISO 4217 currency is named. */
@Schema(description = "An amount in integer minor units (pence); currency defaults to GBP",
        example = "{\"amountMinor\": 2330000000, \"currency\": \"GBP\"}")
public record MoneyBody(
        @NotNull @PositiveOrZero Long amountMinor,
        @Pattern(regexp = "[A-Z]{3}") String currency) {

    public Money toMoney() {
        return new Money(amountMinor, currency == null ? Money.DEFAULT_CURRENCY : currency);
    }
}
